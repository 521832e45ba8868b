-- schemadiff rollback
-- source fingerprint: c1559214bd9e8172
-- target fingerprint: 620c9369852d2270
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.store_addresses;

-- hazard: data-loss,irreversible
ALTER TYPE public.address DROP ATTRIBUTE postcode;

CREATE VIEW public.store_addresses AS
 SELECT stores.id,
    (stores.addr).street AS street,
    (stores.addr).city AS city
   FROM public.stores;

COMMIT;

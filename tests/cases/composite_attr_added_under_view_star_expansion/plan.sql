-- schemadiff plan
-- source fingerprint: 620c9369852d2270
-- target fingerprint: c1559214bd9e8172
-- 2 statements; hazards: none

BEGIN;

ALTER TYPE public.address ADD ATTRIBUTE postcode text;

CREATE OR REPLACE VIEW public.store_addresses AS
 SELECT stores.id,
    (stores.addr).street AS street,
    (stores.addr).city AS city,
    (stores.addr).postcode AS postcode
   FROM public.stores;

COMMIT;

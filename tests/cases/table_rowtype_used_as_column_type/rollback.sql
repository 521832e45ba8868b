-- schemadiff rollback
-- source fingerprint: 99c5644f4e283160
-- target fingerprint: 28796143e9cf9de1
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.address DROP COLUMN postcode;

-- hazard: data-loss,irreversible
ALTER TABLE public.shipments DROP COLUMN bill_to;

COMMIT;

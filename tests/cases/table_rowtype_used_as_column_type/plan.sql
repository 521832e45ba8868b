-- schemadiff plan
-- source fingerprint: 28796143e9cf9de1
-- target fingerprint: 99c5644f4e283160
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.address ADD COLUMN postcode text;

ALTER TABLE public.shipments ADD COLUMN bill_to public.address;

COMMIT;

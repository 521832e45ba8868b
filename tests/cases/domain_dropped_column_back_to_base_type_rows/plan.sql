-- schemadiff plan
-- source fingerprint: 16fbecea657b7836
-- target fingerprint: 1acfd408deb39327
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.addresses ALTER COLUMN zip TYPE text;

DROP DOMAIN public.us_zip;

ALTER TABLE public.addresses ADD COLUMN country character(2) DEFAULT 'US'::bpchar NOT NULL;

COMMIT;

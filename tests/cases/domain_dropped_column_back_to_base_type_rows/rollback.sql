-- schemadiff rollback
-- source fingerprint: 1acfd408deb39327
-- target fingerprint: 16fbecea657b7836
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.addresses DROP COLUMN country;

CREATE DOMAIN public.us_zip AS text;

ALTER TABLE public.addresses ALTER COLUMN zip TYPE public.us_zip;

ALTER DOMAIN public.us_zip ADD CONSTRAINT us_zip_check CHECK ((VALUE ~ '^[0-9]{5}$'::text));

COMMIT;

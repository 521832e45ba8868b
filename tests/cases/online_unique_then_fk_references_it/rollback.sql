-- schemadiff rollback
-- source fingerprint: 6766134768d79da2
-- target fingerprint: 6b5c340598cfbead
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.city_country;

ALTER TABLE public.city DROP CONSTRAINT city_country_id_fkey;

ALTER TABLE public.city DROP CONSTRAINT city_country_iso_fkey;

ALTER TABLE public.country DROP CONSTRAINT country_pkey;

-- hazard: data-loss,irreversible
DROP TABLE public.airport;

ALTER TABLE public.country DROP CONSTRAINT country_iso_key;

ALTER TABLE public.country REPLICA IDENTITY DEFAULT;

ALTER TABLE public.country ALTER COLUMN iso DROP NOT NULL;

COMMIT;

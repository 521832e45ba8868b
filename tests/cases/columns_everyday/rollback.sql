-- schemadiff rollback
-- source fingerprint: 96849f064e825106
-- target fingerprint: ef5803d6ac3fc85a
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN created_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN marketing_opt_in;

-- hazard: data-loss,irreversible
ALTER TABLE public.customers DROP COLUMN tier;

ALTER TABLE public.customers ALTER COLUMN country_code DROP DEFAULT;

ALTER TABLE public.customers ALTER COLUMN country_code TYPE character varying(10);

ALTER TABLE public.customers ALTER COLUMN country_code SET DEFAULT 'US'::character varying;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN email TYPE character varying(120);

ALTER TABLE public.customers ALTER COLUMN is_active DROP DEFAULT;

ALTER TABLE public.customers ALTER COLUMN is_active SET DEFAULT true;

ALTER TABLE public.customers ALTER COLUMN signup_source DROP DEFAULT;

ALTER TABLE public.customers ALTER COLUMN signup_source SET DEFAULT 'web'::text;

COMMIT;

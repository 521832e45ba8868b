-- schemadiff plan
-- source fingerprint: ef5803d6ac3fc85a
-- target fingerprint: 96849f064e825106
-- 11 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.customers ALTER COLUMN country_code DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.customers ALTER COLUMN country_code TYPE character varying(2);

ALTER TABLE public.customers ALTER COLUMN country_code SET DEFAULT 'GB'::character varying;

ALTER TABLE public.customers ALTER COLUMN email TYPE character varying(255);

ALTER TABLE public.customers ALTER COLUMN is_active DROP DEFAULT;

ALTER TABLE public.customers ALTER COLUMN is_active SET DEFAULT false;

ALTER TABLE public.customers ALTER COLUMN signup_source DROP DEFAULT;

ALTER TABLE public.customers ALTER COLUMN signup_source SET DEFAULT 'mobile'::text;

ALTER TABLE public.customers ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.customers ADD COLUMN marketing_opt_in boolean DEFAULT false NOT NULL;

ALTER TABLE public.customers ADD COLUMN tier smallint DEFAULT 1 NOT NULL;

COMMIT;

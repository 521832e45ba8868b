-- schemadiff plan
-- source fingerprint: 9c128f7ac723baa5
-- target fingerprint: 3dee05712950c12e
-- 5 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.cities DROP CONSTRAINT cities_country_fkey;

-- hazard: rewrite
ALTER TABLE public.cities ALTER COLUMN country TYPE text USING country::text;

-- hazard: rewrite
ALTER TABLE public.countries ALTER COLUMN code TYPE text USING code::text;

ALTER TABLE public.cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code) NOT VALID;

COMMIT;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_fkey;

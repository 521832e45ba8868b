-- schemadiff plan
-- source fingerprint: 7ac56fcf0fef0a63
-- target fingerprint: 43e18bcdca689230
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.cities DROP CONSTRAINT cities_country_fkey;

ALTER TABLE public.cities ADD CONSTRAINT cities_country_fkey FOREIGN KEY (country) REFERENCES ref.countries(code) NOT VALID;

ALTER TABLE public.cities ADD CONSTRAINT cities_country_fkey1 FOREIGN KEY (country) REFERENCES public.countries(code) NOT VALID;

COMMIT;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_fkey;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_fkey1;

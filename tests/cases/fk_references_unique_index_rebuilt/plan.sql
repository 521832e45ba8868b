-- schemadiff plan
-- source fingerprint: 5eef2af1c1097406
-- target fingerprint: 0b8947238758238f
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.cities DROP CONSTRAINT cities_country_iso_fkey;

DROP INDEX public.countries_iso_idx;

-- hazard: long-lock
CREATE UNIQUE INDEX countries_iso_idx ON public.countries USING btree (iso) INCLUDE (name);

ALTER TABLE public.cities ADD CONSTRAINT cities_country_iso_fkey FOREIGN KEY (country_iso) REFERENCES public.countries(iso) NOT VALID;

COMMIT;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_iso_fkey;

-- schemadiff plan
-- source fingerprint: 5eef2af1c1097406
-- target fingerprint: 0b8947238758238f
-- 5 statements; hazards: none

BEGIN;

ALTER TABLE public.cities DROP CONSTRAINT cities_country_iso_fkey;

DROP INDEX public.countries_iso_idx;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY countries_iso_idx ON public.countries USING btree (iso) INCLUDE (name);

BEGIN;

ALTER TABLE public.cities ADD CONSTRAINT cities_country_iso_fkey FOREIGN KEY (country_iso) REFERENCES public.countries(iso) NOT VALID;

COMMIT;

ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_iso_fkey;

-- schemadiff plan
-- source fingerprint: 8ac684419d0c7530
-- target fingerprint: bdf446a01bf51e5f
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.offices DROP CONSTRAINT offices_region_fkey;

ALTER TABLE public.offices ADD CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions(country, region_code) MATCH FULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

ALTER TABLE public.offices VALIDATE CONSTRAINT offices_region_fkey;

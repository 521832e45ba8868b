-- schemadiff plan
-- source fingerprint: 8ac684419d0c7530
-- target fingerprint: bdf446a01bf51e5f
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.offices DROP CONSTRAINT offices_region_fkey;

-- hazard: long-lock
ALTER TABLE public.offices ADD CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions(country, region_code) MATCH FULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;

COMMIT;

-- schemadiff plan
-- source fingerprint: 5f56e6cb15a59ada
-- target fingerprint: e05f97e3dddb40a0
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.offices DROP CONSTRAINT offices_region_fkey;

-- hazard: long-lock
ALTER TABLE public.offices ADD CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions(country, region_code) MATCH FULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;

COMMIT;

-- schemadiff plan
-- source fingerprint: dbe10935e829d60a
-- target fingerprint: e4e42c84d482fecb
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.offices DROP CONSTRAINT offices_region_fkey;

-- hazard: long-lock
ALTER TABLE public.offices ADD CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions(country, region_code) MATCH FULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;

COMMIT;

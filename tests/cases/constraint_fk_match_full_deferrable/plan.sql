-- schemadiff plan
-- source fingerprint: c9a38c14f894949b
-- target fingerprint: 25d8b84a39952570
-- 2 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.offices DROP CONSTRAINT offices_region_fkey;

-- hazard: long-lock
ALTER TABLE public.offices ADD CONSTRAINT offices_region_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions(country, region_code) MATCH FULL ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED;

COMMIT;

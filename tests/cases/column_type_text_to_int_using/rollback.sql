-- schemadiff rollback
-- source fingerprint: 1f98acd5a0e51cb2
-- target fingerprint: 7b8634f924544b9f
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE text USING row_count::text;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE text USING year::text;

COMMIT;

-- schemadiff plan
-- source fingerprint: 7b8634f924544b9f
-- target fingerprint: 1f98acd5a0e51cb2
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE integer USING row_count::integer;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE smallint USING year::smallint;

COMMIT;

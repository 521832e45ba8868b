-- schemadiff plan
-- source fingerprint: 3faba4a0bb513c41
-- target fingerprint: ba4cb1086bee89d6
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE integer USING row_count::integer;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE smallint USING year::smallint;

COMMIT;

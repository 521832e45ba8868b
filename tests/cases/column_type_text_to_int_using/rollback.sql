-- schemadiff rollback
-- source fingerprint: ba4cb1086bee89d6
-- target fingerprint: 3faba4a0bb513c41
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE text USING row_count::text;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE text USING year::text;

COMMIT;

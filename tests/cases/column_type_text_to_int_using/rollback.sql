-- schemadiff rollback
-- source fingerprint: cbe48d5d51391786
-- target fingerprint: 28c09c2551d71ae9
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE text USING row_count::text;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE text USING year::text;

COMMIT;

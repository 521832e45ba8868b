-- schemadiff rollback
-- source fingerprint: 46469089b2f960ce
-- target fingerprint: e245597ca8cf3bff
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE text USING row_count::text;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE text USING year::text;

COMMIT;

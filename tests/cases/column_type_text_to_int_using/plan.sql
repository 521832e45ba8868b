-- schemadiff plan
-- source fingerprint: e245597ca8cf3bff
-- target fingerprint: 46469089b2f960ce
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE integer USING row_count::integer;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE smallint USING year::smallint;

COMMIT;

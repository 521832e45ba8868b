-- schemadiff plan
-- source fingerprint: 28c09c2551d71ae9
-- target fingerprint: cbe48d5d51391786
-- 2 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN row_count TYPE integer USING row_count::integer;

-- hazard: rewrite
ALTER TABLE public.imports ALTER COLUMN year TYPE smallint USING year::smallint;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 9d587a9bfdd49d4b
-- target fingerprint: a7e6dbca8d3aef90
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric USING rate::numeric;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE real USING ratio::real;

COMMIT;

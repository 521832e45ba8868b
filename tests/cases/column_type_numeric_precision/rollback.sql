-- schemadiff rollback
-- source fingerprint: 6cf359c8d3d37ccd
-- target fingerprint: 69bf3ffdbd73e455
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric USING rate::numeric;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE real USING ratio::real;

COMMIT;

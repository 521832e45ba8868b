-- schemadiff rollback
-- source fingerprint: 2627a399e74ead28
-- target fingerprint: 450fd1d2823d1c86
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric USING rate::numeric;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE real USING ratio::real;

COMMIT;

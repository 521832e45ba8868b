-- schemadiff rollback
-- source fingerprint: 117d251bf2a1f0c1
-- target fingerprint: 1f196ea3be9cde79
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric USING rate::numeric;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE real USING ratio::real;

COMMIT;

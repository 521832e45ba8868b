-- schemadiff rollback
-- source fingerprint: af810ee31b57262d
-- target fingerprint: 1465e65da87f9e8f
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(10,2);

ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric USING rate::numeric;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.prices ALTER COLUMN ratio TYPE real USING ratio::real;

COMMIT;

-- schemadiff plan
-- source fingerprint: 1465e65da87f9e8f
-- target fingerprint: af810ee31b57262d
-- 3 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(14,4);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric(8,6) USING rate::numeric(8,6);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

COMMIT;

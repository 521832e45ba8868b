-- schemadiff plan
-- source fingerprint: 450fd1d2823d1c86
-- target fingerprint: 2627a399e74ead28
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(14,4);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric(8,6) USING rate::numeric(8,6);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

COMMIT;

-- schemadiff plan
-- source fingerprint: 69bf3ffdbd73e455
-- target fingerprint: 6cf359c8d3d37ccd
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(14,4);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric(8,6) USING rate::numeric(8,6);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

COMMIT;

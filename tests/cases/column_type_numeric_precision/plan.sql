-- schemadiff plan
-- source fingerprint: a7e6dbca8d3aef90
-- target fingerprint: 9d587a9bfdd49d4b
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(14,4);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric(8,6) USING rate::numeric(8,6);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

COMMIT;

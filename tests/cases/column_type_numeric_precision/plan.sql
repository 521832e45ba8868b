-- schemadiff plan
-- source fingerprint: 1f196ea3be9cde79
-- target fingerprint: 117d251bf2a1f0c1
-- 3 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN amount TYPE numeric(14,4);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN rate TYPE numeric(8,6) USING rate::numeric(8,6);

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN ratio TYPE double precision USING ratio::double precision;

COMMIT;

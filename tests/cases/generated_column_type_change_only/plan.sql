-- schemadiff plan
-- source fingerprint: 8b83ca954fe7888b
-- target fingerprint: 02438a7bb6a79258
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.a ALTER COLUMN b2 TYPE bigint;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 02438a7bb6a79258
-- target fingerprint: 8b83ca954fe7888b
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.a ALTER COLUMN b2 TYPE integer;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 64895b813bf2175a
-- target fingerprint: fde536f96869db0d
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN name TYPE text;

COMMIT;

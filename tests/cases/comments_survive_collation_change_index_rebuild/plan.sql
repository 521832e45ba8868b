-- schemadiff plan
-- source fingerprint: fde536f96869db0d
-- target fingerprint: 64895b813bf2175a
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN name TYPE text COLLATE pg_catalog."C";

COMMIT;

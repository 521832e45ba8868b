-- schemadiff rollback
-- source fingerprint: 52cb19fc6abfe879
-- target fingerprint: eadcdafba1525ba1
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.tags ALTER COLUMN slug TYPE text COLLATE pg_catalog."C";

COMMIT;

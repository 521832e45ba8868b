-- schemadiff plan
-- source fingerprint: eadcdafba1525ba1
-- target fingerprint: 52cb19fc6abfe879
-- 1 statement; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.tags ALTER COLUMN slug TYPE text COLLATE pg_catalog."und-x-icu";

COMMIT;

-- schemadiff rollback
-- source fingerprint: 7b7f99e56a172488
-- target fingerprint: cb4cb6cb66f2cb85
-- 1 statement; hazards: none

BEGIN;

ALTER TABLE public.customers ALTER COLUMN id DROP IDENTITY;

COMMIT;

-- schemadiff rollback
-- source fingerprint: dc9a3c27c4192943
-- target fingerprint: e68ebdfe537a43ce
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name SET DEFAULT 'unnamed'::text;

ALTER TABLE public.settings ALTER COLUMN updated_at SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE public.settings ALTER COLUMN value SET DEFAULT ''::text;

COMMIT;

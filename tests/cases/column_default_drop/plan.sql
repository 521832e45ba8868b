-- schemadiff plan
-- source fingerprint: e68ebdfe537a43ce
-- target fingerprint: dc9a3c27c4192943
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN updated_at DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN value DROP DEFAULT;

COMMIT;

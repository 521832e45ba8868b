-- schemadiff plan
-- source fingerprint: 33e05be0413b9b0d
-- target fingerprint: 68051114a04f9cb7
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN updated_at DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN value DROP DEFAULT;

COMMIT;

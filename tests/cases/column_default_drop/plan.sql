-- schemadiff plan
-- source fingerprint: 78c2510cc2fa4998
-- target fingerprint: bfdbceaac7d94d76
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN updated_at DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN value DROP DEFAULT;

COMMIT;

-- schemadiff plan
-- source fingerprint: 58abcb4f28e6a79d
-- target fingerprint: 1d6db04574bd07f3
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN updated_at DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN value DROP DEFAULT;

COMMIT;

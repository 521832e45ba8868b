-- schemadiff plan
-- source fingerprint: 864fdbae7b653010
-- target fingerprint: 603e69464aa166d9
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN updated_at DROP DEFAULT;

ALTER TABLE public.settings ALTER COLUMN value DROP DEFAULT;

COMMIT;

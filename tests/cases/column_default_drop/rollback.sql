-- schemadiff rollback
-- source fingerprint: 68051114a04f9cb7
-- target fingerprint: 33e05be0413b9b0d
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name SET DEFAULT 'unnamed'::text;

ALTER TABLE public.settings ALTER COLUMN updated_at SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE public.settings ALTER COLUMN value SET DEFAULT ''::text;

COMMIT;

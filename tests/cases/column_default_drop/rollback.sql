-- schemadiff rollback
-- source fingerprint: bfdbceaac7d94d76
-- target fingerprint: 78c2510cc2fa4998
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name SET DEFAULT 'unnamed'::text;

ALTER TABLE public.settings ALTER COLUMN updated_at SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE public.settings ALTER COLUMN value SET DEFAULT ''::text;

COMMIT;

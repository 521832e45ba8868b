-- schemadiff rollback
-- source fingerprint: 1d6db04574bd07f3
-- target fingerprint: 58abcb4f28e6a79d
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name SET DEFAULT 'unnamed'::text;

ALTER TABLE public.settings ALTER COLUMN updated_at SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE public.settings ALTER COLUMN value SET DEFAULT ''::text;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 603e69464aa166d9
-- target fingerprint: 864fdbae7b653010
-- 3 statements; hazards: none

BEGIN;

ALTER TABLE public.settings ALTER COLUMN name SET DEFAULT 'unnamed'::text;

ALTER TABLE public.settings ALTER COLUMN updated_at SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE public.settings ALTER COLUMN value SET DEFAULT ''::text;

COMMIT;

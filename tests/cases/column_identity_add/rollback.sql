-- schemadiff rollback
-- source fingerprint: 46d67a43a65a0052
-- target fingerprint: c674947e52d47ea4
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.gadgets ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;

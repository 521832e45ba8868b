-- schemadiff rollback
-- source fingerprint: 8cd54c56e89aac9b
-- target fingerprint: a232ccf2e3f3eb35
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.gadgets ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;

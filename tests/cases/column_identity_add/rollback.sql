-- schemadiff rollback
-- source fingerprint: bed87d5a84c773a4
-- target fingerprint: 74760ce658aa9774
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.gadgets ALTER COLUMN id DROP IDENTITY;

ALTER TABLE public.widgets ALTER COLUMN id DROP IDENTITY;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 6b101b7c87f493be
-- target fingerprint: d4ed3bbe34d23854
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;

COMMIT;

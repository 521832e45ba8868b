-- schemadiff rollback
-- source fingerprint: cbd1e983c230b678
-- target fingerprint: bfcf82780694a14d
-- 6 statements; hazards: none

BEGIN;

ALTER TABLE public.sessions DROP CONSTRAINT sessions_account_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_plan_check;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

ALTER TABLE public.accounts ALTER COLUMN email DROP NOT NULL;

ALTER TABLE public.sessions ALTER COLUMN account_id DROP NOT NULL;

ALTER TABLE public.sessions ALTER COLUMN started_at DROP NOT NULL;

COMMIT;

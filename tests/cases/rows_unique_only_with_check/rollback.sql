-- schemadiff rollback
-- source fingerprint: 68f5ec8f45433f87
-- target fingerprint: 284f25507786f893
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_plan_check;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

COMMIT;

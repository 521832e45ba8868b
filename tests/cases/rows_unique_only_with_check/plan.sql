-- schemadiff plan
-- source fingerprint: 284f25507786f893
-- target fingerprint: 68f5ec8f45433f87
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'pro')) NOT VALID;

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_plan_check;

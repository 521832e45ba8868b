-- schemadiff plan
-- source fingerprint: bfcf82780694a14d
-- target fingerprint: cbd1e983c230b678
-- 18 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.accounts ADD CONSTRAINT schemadiff_nn_2a1e60de18cece83 CHECK (email IS NOT NULL) NOT VALID;

ALTER TABLE public.sessions ADD CONSTRAINT schemadiff_nn_6f1ba7eccc88fd08 CHECK (account_id IS NOT NULL) NOT VALID;

ALTER TABLE public.sessions ADD CONSTRAINT schemadiff_nn_5a88db5a0ac90e25 CHECK (started_at IS NOT NULL) NOT VALID;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_plan_check CHECK (plan IN ('free', 'pro')) NOT VALID;

ALTER TABLE public.sessions ADD CONSTRAINT sessions_account_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public.accounts VALIDATE CONSTRAINT schemadiff_nn_2a1e60de18cece83;

ALTER TABLE public.accounts ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.accounts DROP CONSTRAINT schemadiff_nn_2a1e60de18cece83;

ALTER TABLE public.sessions VALIDATE CONSTRAINT schemadiff_nn_6f1ba7eccc88fd08;

ALTER TABLE public.sessions ALTER COLUMN account_id SET NOT NULL;

ALTER TABLE public.sessions DROP CONSTRAINT schemadiff_nn_6f1ba7eccc88fd08;

ALTER TABLE public.sessions VALIDATE CONSTRAINT schemadiff_nn_5a88db5a0ac90e25;

ALTER TABLE public.sessions ALTER COLUMN started_at SET NOT NULL;

ALTER TABLE public.sessions DROP CONSTRAINT schemadiff_nn_5a88db5a0ac90e25;

CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email);

ALTER TABLE public.accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_plan_check;

ALTER TABLE public.sessions VALIDATE CONSTRAINT sessions_account_fkey;

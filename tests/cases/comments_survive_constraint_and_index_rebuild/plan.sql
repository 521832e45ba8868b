-- schemadiff plan
-- source fingerprint: 47cc225ed8e7dc58
-- target fingerprint: 31b7ad0b3b88bc64
-- 10 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.subscriptions_account_idx;

ALTER TABLE public.subscriptions DROP CONSTRAINT subscriptions_plan_check;

ALTER TABLE public.subscriptions DROP CONSTRAINT subscriptions_pkey;

-- hazard: long-lock
ALTER TABLE public.subscriptions ADD CONSTRAINT subscriptions_pkey PRIMARY KEY (account_id, id);

ALTER TABLE public.subscriptions ADD CONSTRAINT subscriptions_plan_check CHECK (plan IN ('free', 'pro', 'enterprise')) NOT VALID;

COMMENT ON CONSTRAINT subscriptions_pkey ON public.subscriptions IS 'surrogate key';

COMMENT ON CONSTRAINT subscriptions_plan_check ON public.subscriptions IS 'known plans';

COMMIT;

ALTER TABLE public.subscriptions VALIDATE CONSTRAINT subscriptions_plan_check;

CREATE INDEX CONCURRENTLY subscriptions_account_idx ON public.subscriptions USING btree (account_id, plan);

COMMENT ON INDEX public.subscriptions_account_idx IS 'lookup by account';

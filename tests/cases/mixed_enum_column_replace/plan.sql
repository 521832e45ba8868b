-- schemadiff plan
-- source fingerprint: 00040c26a49396cd
-- target fingerprint: 8fb66a7797ce30e9
-- 8 statements; hazards: data-loss,irreversible

SET search_path = public;

BEGIN;

DROP INDEX public.subscriptions_active_idx;

ALTER TABLE public.subscriptions DROP CONSTRAINT subscriptions_reason_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.subscriptions DROP COLUMN is_active;

CREATE TYPE public.subscription_state AS ENUM ('trial', 'active', 'past_due', 'cancelled');

ALTER TABLE public.subscriptions ADD COLUMN state public.subscription_state DEFAULT 'trial'::public.subscription_state NOT NULL;

ALTER TABLE public.subscriptions ADD CONSTRAINT subscriptions_reason_check CHECK (state <> 'cancelled' OR cancel_reason IS NOT NULL) NOT VALID;

COMMIT;

ALTER TABLE public.subscriptions VALIDATE CONSTRAINT subscriptions_reason_check;

CREATE INDEX CONCURRENTLY subscriptions_active_idx ON public.subscriptions USING btree (id) WHERE state IN ('trial', 'active');

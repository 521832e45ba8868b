-- schemadiff rollback
-- source fingerprint: 3b9bd2491df3e1b2
-- target fingerprint: e5bd7344906ae863
-- 7 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP INDEX public.subscriptions_active_idx;

ALTER TABLE public.subscriptions DROP CONSTRAINT subscriptions_reason_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.subscriptions DROP COLUMN state;

DROP TYPE public.subscription_state;

ALTER TABLE public.subscriptions ADD COLUMN is_active boolean DEFAULT true NOT NULL;

-- hazard: long-lock
ALTER TABLE public.subscriptions ADD CONSTRAINT subscriptions_reason_check CHECK ((is_active OR (cancel_reason IS NOT NULL)));

-- hazard: long-lock
CREATE INDEX subscriptions_active_idx ON public.subscriptions USING btree (id) WHERE is_active;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 8fb66a7797ce30e9
-- target fingerprint: 00040c26a49396cd
-- 8 statements; hazards: data-loss,irreversible

BEGIN;

DROP INDEX public.subscriptions_active_idx;

ALTER TABLE public.subscriptions DROP CONSTRAINT subscriptions_reason_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.subscriptions DROP COLUMN state;

DROP TYPE public.subscription_state;

ALTER TABLE public.subscriptions ADD COLUMN is_active boolean DEFAULT true NOT NULL;

ALTER TABLE public.subscriptions ADD CONSTRAINT subscriptions_reason_check CHECK ((is_active OR (cancel_reason IS NOT NULL))) NOT VALID;

COMMIT;

ALTER TABLE public.subscriptions VALIDATE CONSTRAINT subscriptions_reason_check;

CREATE INDEX CONCURRENTLY subscriptions_active_idx ON public.subscriptions USING btree (id) WHERE is_active;

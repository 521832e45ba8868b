-- schemadiff plan
-- source fingerprint: f716a50a11d38312
-- target fingerprint: 21d54b8098e543ac
-- 4 statements; hazards: long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.subscriptions_active_uq;

ALTER TABLE public.subscriptions ADD COLUMN paused boolean DEFAULT false NOT NULL;

-- hazard: long-lock
CREATE UNIQUE INDEX subscriptions_active_uq ON public.subscriptions USING btree (user_id) WHERE canceled_at IS NULL AND NOT paused;

COMMIT;

CREATE INDEX CONCURRENTLY subscriptions_plan_idx ON public.subscriptions USING btree (plan) WHERE canceled_at IS NULL;

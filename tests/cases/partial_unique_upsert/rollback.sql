-- schemadiff rollback
-- source fingerprint: 21d54b8098e543ac
-- target fingerprint: f716a50a11d38312
-- 4 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP INDEX public.subscriptions_active_uq;

DROP INDEX public.subscriptions_plan_idx;

-- hazard: data-loss,irreversible
ALTER TABLE public.subscriptions DROP COLUMN paused;

-- hazard: long-lock
CREATE UNIQUE INDEX subscriptions_active_uq ON public.subscriptions USING btree (user_id) WHERE (canceled_at IS NULL);

COMMIT;

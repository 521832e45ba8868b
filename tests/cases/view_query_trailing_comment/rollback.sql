-- schemadiff rollback
-- source fingerprint: b332963c57d2960a
-- target fingerprint: 1939829694b2b97f
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.big_orders;

DROP INDEX public.orders_big_idx;

-- hazard: data-loss,irreversible
DROP TABLE public.refunds;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 6bedbcf2131cee7a
-- target fingerprint: c94ea8af334308d4
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.shipments;

ALTER TABLE public.events REPLICA IDENTITY FULL;

ALTER TABLE public.orders REPLICA IDENTITY DEFAULT;

COMMIT;

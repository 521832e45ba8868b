-- schemadiff rollback
-- source fingerprint: e90e92bd244e2c7d
-- target fingerprint: c0bdaf984881928b
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS
 SELECT orders.id,
    orders.customer_id,
    orders.total
   FROM public.orders;

COMMIT;

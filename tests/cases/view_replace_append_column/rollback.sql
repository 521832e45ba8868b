-- schemadiff rollback
-- source fingerprint: b0c52a8e87c9033a
-- target fingerprint: 0d3cea2aa963c873
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS
 SELECT orders.id,
    orders.customer_id,
    orders.total
   FROM public.orders;

COMMIT;

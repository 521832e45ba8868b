-- schemadiff rollback
-- source fingerprint: 688c7213fa95cc69
-- target fingerprint: 8d87f0a015e6ec6c
-- 2 statements; hazards: none

BEGIN;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS
 SELECT orders.id,
    orders.customer_id,
    orders.total
   FROM public.orders;

COMMIT;

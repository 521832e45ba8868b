-- schemadiff rollback
-- source fingerprint: 71ad241e078a8be7
-- target fingerprint: ff2ef4c1ccb9228e
-- 9 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.big_order_count();

DROP VIEW public.big_orders;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS
 SELECT orders.id,
    orders.customer,
    orders.amount
   FROM public.orders;

CREATE VIEW public.big_orders AS
 SELECT order_summary.id,
    order_summary.customer
   FROM public.order_summary
  WHERE (order_summary.amount > (100)::numeric);

CREATE OR REPLACE FUNCTION public.big_order_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.big_orders;
END;

COMMENT ON VIEW public.order_summary IS 'used by the dashboard';

GRANT EXECUTE ON FUNCTION public.big_order_count() TO PUBLIC;

GRANT SELECT ON TABLE public.order_summary TO sd_reader;

COMMIT;

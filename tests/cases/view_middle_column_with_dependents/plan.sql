-- schemadiff plan
-- source fingerprint: ff2ef4c1ccb9228e
-- target fingerprint: 71ad241e078a8be7
-- 9 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP FUNCTION public.big_order_count();

DROP VIEW public.big_orders;

DROP VIEW public.order_summary;

CREATE VIEW public.order_summary AS
SELECT id, customer, placed_at, amount FROM orders;

CREATE VIEW public.big_orders AS
SELECT id, customer FROM order_summary WHERE amount > 100;

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

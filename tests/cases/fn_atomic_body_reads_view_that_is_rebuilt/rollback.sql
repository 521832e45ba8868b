-- schemadiff rollback
-- source fingerprint: 94ccb622d719fb04
-- target fingerprint: efa2d63aaba38513
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.top_customers;

DROP FUNCTION public.customer_spend(c integer);

DROP VIEW public.order_view;

CREATE VIEW public.order_view AS
 SELECT orders.id,
    orders.customer,
    orders.total,
    orders.note
   FROM public.orders;

CREATE OR REPLACE FUNCTION public.customer_spend(c integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT COALESCE(sum(order_view.total), (0)::numeric) AS "coalesce"
    FROM public.order_view
   WHERE (order_view.customer = customer_spend.c);
END;

CREATE VIEW public.top_customers AS
 SELECT DISTINCT orders.customer,
    public.customer_spend(orders.customer) AS spend
   FROM public.orders;

COMMIT;

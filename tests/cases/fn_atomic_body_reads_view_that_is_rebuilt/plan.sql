-- schemadiff plan
-- source fingerprint: efa2d63aaba38513
-- target fingerprint: 94ccb622d719fb04
-- 6 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.top_customers;

DROP FUNCTION public.customer_spend(c integer);

DROP VIEW public.order_view;

CREATE VIEW public.order_view AS
SELECT id, total, customer FROM orders;

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
SELECT DISTINCT customer, customer_spend(customer) AS spend FROM orders;

COMMIT;

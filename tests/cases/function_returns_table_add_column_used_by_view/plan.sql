-- schemadiff plan
-- source fingerprint: 9d5a25034b12b891
-- target fingerprint: 56e1730a86fc340b
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.top_customers;

DROP FUNCTION public.customer_totals();

CREATE OR REPLACE FUNCTION public.customer_totals()
 RETURNS TABLE(customer_id bigint, total numeric, order_count bigint)
 LANGUAGE sql
 STABLE
AS $function$ SELECT customer_id, sum(total), count(*) FROM orders GROUP BY customer_id $function$;

CREATE VIEW public.top_customers AS
SELECT customer_id, total, order_count FROM customer_totals() WHERE total > 1000;

COMMIT;

-- schemadiff plan
-- source fingerprint: 76479f76974b42f8
-- target fingerprint: 84c99f67a2755d0d
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.big_customers;

DROP FUNCTION public.customer_totals();

CREATE OR REPLACE FUNCTION public.customer_totals()
 RETURNS TABLE(customer_id integer, lifetime_value numeric, order_count bigint)
 LANGUAGE sql
 STABLE
AS $function$ SELECT customer_id, sum(total), count(*) FROM orders GROUP BY customer_id $function$;

CREATE VIEW public.big_customers AS
SELECT customer_id, order_count FROM customer_totals() WHERE lifetime_value > 1000;

COMMIT;

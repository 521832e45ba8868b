-- schemadiff rollback
-- source fingerprint: 84c99f67a2755d0d
-- target fingerprint: 76479f76974b42f8
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.big_customers;

DROP FUNCTION public.customer_totals();

CREATE OR REPLACE FUNCTION public.customer_totals()
 RETURNS TABLE(customer_id integer, sum_total numeric)
 LANGUAGE sql
 STABLE
AS $function$ SELECT customer_id, sum(total) FROM orders GROUP BY customer_id $function$;

CREATE VIEW public.big_customers AS
 SELECT customer_totals.customer_id
   FROM public.customer_totals() customer_totals(customer_id, sum_total)
  WHERE (customer_totals.sum_total > (1000)::numeric);

COMMIT;

-- schemadiff rollback
-- source fingerprint: 56e1730a86fc340b
-- target fingerprint: 9d5a25034b12b891
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.top_customers;

DROP FUNCTION public.customer_totals();

CREATE OR REPLACE FUNCTION public.customer_totals()
 RETURNS TABLE(customer_id bigint, total numeric)
 LANGUAGE sql
 STABLE
AS $function$ SELECT customer_id, sum(total) FROM orders GROUP BY customer_id $function$;

CREATE VIEW public.top_customers AS
 SELECT customer_totals.customer_id,
    customer_totals.total
   FROM public.customer_totals() customer_totals(customer_id, total)
  WHERE (customer_totals.total > (1000)::numeric);

COMMIT;

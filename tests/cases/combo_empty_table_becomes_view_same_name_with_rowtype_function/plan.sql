-- schemadiff plan
-- source fingerprint: 04ef1540f97ae419
-- target fingerprint: b31fd2f43b181c82
-- 6 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP FUNCTION public.top_customers();

-- hazard: data-loss,irreversible
DROP TABLE public.order_totals;

ALTER TABLE public.orders ADD COLUMN cancelled boolean DEFAULT false NOT NULL;

CREATE VIEW public.order_totals AS
SELECT customer, sum(amount) AS total FROM orders WHERE NOT cancelled GROUP BY customer;

CREATE OR REPLACE FUNCTION public.top_customers()
 RETURNS SETOF public.order_totals
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM order_totals ORDER BY total DESC LIMIT 3 $function$;

COMMIT;

CREATE INDEX CONCURRENTLY orders_customer_idx ON public.orders USING btree (customer) WHERE NOT cancelled;

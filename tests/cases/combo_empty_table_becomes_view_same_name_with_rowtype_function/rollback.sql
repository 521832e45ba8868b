-- schemadiff rollback
-- source fingerprint: b31fd2f43b181c82
-- target fingerprint: 04ef1540f97ae419
-- 7 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.orders_customer_idx;

DROP FUNCTION public.top_customers();

DROP VIEW public.order_totals;

-- hazard: data-loss,irreversible
ALTER TABLE public.orders DROP COLUMN cancelled;

CREATE TABLE public.order_totals (
    customer text NOT NULL,
    total numeric NOT NULL
);

CREATE OR REPLACE FUNCTION public.top_customers()
 RETURNS SETOF public.order_totals
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM order_totals ORDER BY total DESC LIMIT 3 $function$;

ALTER TABLE public.order_totals ADD CONSTRAINT order_totals_pkey PRIMARY KEY (customer);

COMMIT;

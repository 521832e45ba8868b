-- schemadiff rollback
-- source fingerprint: 6bdeac6453fbf4b7
-- target fingerprint: 3d655b8ebda21767
-- 2 statements; hazards: none

BEGIN;

CREATE VIEW public.active_customers AS
 SELECT customers.id,
    customers.name,
    lower(customers.email) AS email
   FROM public.customers
  WHERE customers.active;

CREATE VIEW public.customer_count AS
 SELECT count(*) AS n
   FROM public.customers;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 6d94c375049d40bb
-- target fingerprint: 1938b4e765c93767
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

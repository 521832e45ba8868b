-- schemadiff rollback
-- source fingerprint: 0ba6a0833a8d0db6
-- target fingerprint: 50d9bbaced3e23a8
-- 6 statements; hazards: none

BEGIN;

DROP VIEW public.top_debtors;

DROP VIEW public.open_by_customer;

DROP VIEW public.open_invoices;

CREATE VIEW public.open_invoices AS
 SELECT invoices.id,
    invoices.customer,
    invoices.amount
   FROM public.invoices
  WHERE (NOT invoices.paid);

CREATE VIEW public.open_by_customer AS
 SELECT open_invoices.customer,
    sum(open_invoices.amount) AS owed,
    count(*) AS n
   FROM public.open_invoices
  GROUP BY open_invoices.customer;

CREATE VIEW public.top_debtors AS
 SELECT open_by_customer.customer,
    open_by_customer.owed
   FROM public.open_by_customer
  WHERE (open_by_customer.owed > (1000)::numeric);

COMMIT;

-- schemadiff plan
-- source fingerprint: 50d9bbaced3e23a8
-- target fingerprint: 0ba6a0833a8d0db6
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.top_debtors;

DROP VIEW public.open_by_customer;

DROP VIEW public.open_invoices;

CREATE VIEW public.open_invoices AS
SELECT id, upper(customer) AS customer, round(amount) AS amount
    FROM invoices
    WHERE NOT paid;

CREATE VIEW public.open_by_customer AS
SELECT customer, sum(amount) AS owed, count(*) AS n
    FROM open_invoices
    GROUP BY customer;

CREATE VIEW public.top_debtors AS
SELECT customer, owed
    FROM open_by_customer
    WHERE owed > 1000;

COMMIT;

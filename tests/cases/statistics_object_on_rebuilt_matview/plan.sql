-- schemadiff plan
-- source fingerprint: 23d1631b99303476
-- target fingerprint: 0d35048c5f552828
-- 4 statements; hazards: none

BEGIN;

DROP STATISTICS public.sales_summary_rp;

DROP MATERIALIZED VIEW public.sales_summary;

CREATE MATERIALIZED VIEW public.sales_summary AS
 SELECT sales.region,
    sales.product,
    sum(sales.amount) AS total,
    count(*) AS n
   FROM public.sales
  GROUP BY sales.region, sales.product;

CREATE STATISTICS public.sales_summary_rp ON region, product FROM public.sales_summary;

COMMIT;

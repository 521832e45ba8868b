-- schemadiff plan
-- source fingerprint: ef281f980838099c
-- target fingerprint: ab914b667de1df6c
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

CREATE STATISTICS public.sales_summary_rp (ndistinct, dependencies, mcv) ON product, region FROM public.sales_summary;

COMMIT;

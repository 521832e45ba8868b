-- schemadiff rollback
-- source fingerprint: eb2e77906a1ac7ef
-- target fingerprint: 1b6c3bd5b2457959
-- 10 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW reporting.top_regions;

DROP VIEW reporting.region_summary;

DROP VIEW reporting.monthly_sales;

-- hazard: data-loss,irreversible
ALTER TABLE public.sales DROP COLUMN currency;

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN region TYPE character varying(20);

CREATE VIEW reporting.monthly_sales AS
 SELECT sales.region,
    (date_trunc('month'::text, (sales.sold_at)::timestamp with time zone))::date AS month,
    sum(sales.amount) AS total
   FROM public.sales
  GROUP BY sales.region, ((date_trunc('month'::text, (sales.sold_at)::timestamp with time zone))::date);

CREATE VIEW reporting.region_summary AS
 SELECT monthly_sales.region,
    max(monthly_sales.total) AS best_month_total,
    count(*) AS months
   FROM reporting.monthly_sales
  GROUP BY monthly_sales.region;

CREATE VIEW reporting.top_regions AS
 SELECT region_summary.region
   FROM reporting.region_summary
  WHERE (region_summary.best_month_total > (100)::numeric);

COMMENT ON VIEW reporting.region_summary IS 'per-region rollup';

COMMIT;

-- schemadiff plan
-- source fingerprint: 1b6c3bd5b2457959
-- target fingerprint: eb2e77906a1ac7ef
-- 10 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW reporting.top_regions;

DROP VIEW reporting.region_summary;

DROP VIEW reporting.monthly_sales;

ALTER TABLE public.sales ALTER COLUMN amount TYPE numeric(12,2);

ALTER TABLE public.sales ALTER COLUMN region TYPE character varying(40);

ALTER TABLE public.sales ADD COLUMN currency character(3) DEFAULT 'EUR'::bpchar NOT NULL;

CREATE VIEW reporting.monthly_sales AS
select region, currency, date_trunc('month', sold_at)::date as month, sum(amount) as total, count(*) as n
    from sales group by 1, 2, 3;

CREATE VIEW reporting.region_summary AS
select region, currency, max(total) as best_month_total, sum(n) as sales, count(*) as months
    from reporting.monthly_sales group by region, currency;

CREATE VIEW reporting.top_regions AS
select region from reporting.region_summary where best_month_total > 100;

COMMENT ON VIEW reporting.region_summary IS 'per-region, per-currency rollup';

COMMIT;

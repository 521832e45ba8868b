-- schemadiff plan
-- source fingerprint: 89edd8f2932bb762
-- target fingerprint: 03e657f400e2925f
-- 9 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP INDEX public.sales_by_region_region_idx;

DROP MATERIALIZED VIEW public.sales_by_region;

DROP VIEW public.sales_clean;

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN amount TYPE numeric(14,2) USING amount::numeric(14,2);

CREATE VIEW public.sales_clean AS
SELECT id, region, amount FROM sales WHERE amount > 0;

CREATE MATERIALIZED VIEW public.sales_by_region AS
 SELECT sales_clean.region,
    sum(sales_clean.amount) AS total,
    count(*) AS n
   FROM public.sales_clean
  GROUP BY sales_clean.region;

-- hazard: long-lock
CREATE UNIQUE INDEX sales_by_region_region_idx ON public.sales_by_region USING btree (region);

COMMENT ON COLUMN public.sales_by_region.total IS 'sum of positive amounts';

COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'refreshed nightly';

COMMIT;

-- schemadiff rollback
-- source fingerprint: 5d0fdba672c33575
-- target fingerprint: 59586f5d52d0d343
-- 11 statements; hazards: rewrite,long-lock

BEGIN;

DROP STATISTICS public.region_sales_stats;

DROP INDEX public.region_sales_region;

DROP MATERIALIZED VIEW public.region_sales;

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN amount TYPE integer USING amount::integer;

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN region TYPE character varying(10);

CREATE MATERIALIZED VIEW public.region_sales AS
 SELECT sales.region,
    sum(sales.amount) AS total,
    count(*) AS n
   FROM public.sales
  GROUP BY sales.region;

-- hazard: long-lock
CREATE UNIQUE INDEX region_sales_region ON public.region_sales USING btree (region);

ALTER MATERIALIZED VIEW public.region_sales CLUSTER ON region_sales_region;

CREATE STATISTICS public.region_sales_stats (ndistinct, dependencies, mcv) ON region, total FROM public.region_sales;

ALTER STATISTICS public.region_sales_stats SET STATISTICS 42;

COMMENT ON STATISTICS public.region_sales_stats IS 'rs';

COMMIT;

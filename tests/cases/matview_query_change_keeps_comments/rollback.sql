-- schemadiff rollback
-- source fingerprint: bbfab380541fff46
-- target fingerprint: 29c558ba5f229e05
-- 7 statements; hazards: long-lock

BEGIN;

DROP INDEX public.sales_by_region_region_idx;

DROP MATERIALIZED VIEW public.sales_by_region;

CREATE MATERIALIZED VIEW public.sales_by_region AS
 SELECT sales.region,
    sum(sales.amount) AS total
   FROM public.sales
  GROUP BY sales.region;

-- hazard: long-lock
CREATE UNIQUE INDEX sales_by_region_region_idx ON public.sales_by_region USING btree (region);

COMMENT ON COLUMN public.sales_by_region.total IS 'sum of amounts';

COMMENT ON INDEX public.sales_by_region_region_idx IS 'for REFRESH CONCURRENTLY';

COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'refreshed hourly';

COMMIT;

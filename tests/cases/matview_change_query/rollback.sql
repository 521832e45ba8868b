-- schemadiff rollback
-- source fingerprint: b90e5664c5ae2d75
-- target fingerprint: 45ca3cef572a2903
-- 5 statements; hazards: long-lock

BEGIN;

DROP INDEX public.sales_by_region_region_key;

DROP MATERIALIZED VIEW public.sales_by_region;

CREATE MATERIALIZED VIEW public.sales_by_region AS
 SELECT sales.region,
    sum(sales.amount) AS total
   FROM public.sales
  GROUP BY sales.region;

-- hazard: long-lock
CREATE UNIQUE INDEX sales_by_region_region_key ON public.sales_by_region USING btree (region);

COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'Refreshed nightly';

COMMIT;

-- schemadiff rollback
-- source fingerprint: 60959ec0baaffe9e
-- target fingerprint: eaf4ecfc30943b4b
-- 8 statements; hazards: rewrite,long-lock

BEGIN;

DROP INDEX public.sales_shop_idx;

DROP INDEX public.shop_totals_code_idx;

DROP MATERIALIZED VIEW public.shop_totals;

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN amount TYPE integer USING amount::integer;

-- hazard: rewrite
ALTER TABLE public.sales ALTER COLUMN shop_code TYPE character varying(4);

CREATE MATERIALIZED VIEW public.shop_totals AS
 SELECT sales.shop_code,
    sum(sales.amount) AS total,
    count(*) AS n
   FROM public.sales
  GROUP BY sales.shop_code;

-- hazard: long-lock
CREATE UNIQUE INDEX shop_totals_code_idx ON public.shop_totals USING btree (shop_code);

COMMIT;

CREATE INDEX CONCURRENTLY sales_shop_idx ON public.sales USING btree (shop_code);

-- schemadiff rollback
-- source fingerprint: c022e429eeca7e35
-- target fingerprint: fe2ac024f5c1030f
-- 9 statements; hazards: data-loss,irreversible

BEGIN;

DROP VIEW public.latest_per_region;

DROP VIEW public.region_totals;

DROP VIEW public.rep_rank;

-- hazard: data-loss,irreversible
ALTER TABLE public.sales DROP COLUMN channel;

CREATE OR REPLACE VIEW public.money_moves AS
 SELECT sales.id,
    sales.amount,
    'sale'::text AS kind
   FROM public.sales
UNION ALL
 SELECT refunds.id,
    (- refunds.amount) AS amount,
    'refund'::text AS kind
   FROM public.refunds;

CREATE OR REPLACE VIEW public.top_sales AS
 SELECT sales.id,
    sales.region,
    sales.amount
   FROM public.sales
  ORDER BY sales.amount DESC
 LIMIT 10;

CREATE VIEW public.latest_per_region AS
 SELECT DISTINCT ON (sales.region) sales.region,
    sales.id,
    sales.sold_at
   FROM public.sales
  ORDER BY sales.region, sales.sold_at DESC;

CREATE VIEW public.region_totals AS
 WITH t AS (
         SELECT sales.region,
            sum(sales.amount) AS total
           FROM public.sales
          GROUP BY sales.region
        )
 SELECT t.region,
    t.total
   FROM t
  WHERE (t.total > (0)::numeric);

CREATE VIEW public.rep_rank AS
 SELECT sales.rep,
    sales.region,
    sales.amount,
    rank() OVER (PARTITION BY sales.region ORDER BY sales.amount DESC) AS rnk
   FROM public.sales;

COMMIT;

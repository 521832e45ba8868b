-- schemadiff plan
-- source fingerprint: fe2ac024f5c1030f
-- target fingerprint: c022e429eeca7e35
-- 6 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE OR REPLACE VIEW public.money_moves AS
SELECT id, amount, 'sale' AS kind FROM sales
  UNION
  SELECT id, -amount, 'refund' FROM refunds
  EXCEPT
  SELECT id, amount, 'sale' FROM sales WHERE amount = 0;

CREATE OR REPLACE VIEW public.region_totals AS
WITH t AS MATERIALIZED (SELECT region, sum(amount) AS total FROM sales GROUP BY region),
       r AS (SELECT s.region, sum(f.amount) AS refunded FROM refunds f JOIN sales s ON s.id = f.sale_id GROUP BY s.region)
  SELECT t.region, t.total, coalesce(r.refunded, 0) AS refunded FROM t LEFT JOIN r USING (region) WHERE t.total > 0;

CREATE OR REPLACE VIEW public.rep_rank AS
SELECT rep, region, amount, dense_rank() OVER w AS rnk, sum(amount) OVER w AS running FROM sales WINDOW w AS (PARTITION BY region ORDER BY amount DESC);

CREATE OR REPLACE VIEW public.top_sales AS
SELECT id, region, amount FROM sales ORDER BY amount DESC, id LIMIT 20;

ALTER TABLE public.sales ADD COLUMN channel text DEFAULT 'direct'::text NOT NULL;

CREATE OR REPLACE VIEW public.latest_per_region AS
SELECT DISTINCT ON (region) region, id, sold_at, channel FROM sales ORDER BY region, sold_at DESC;

COMMIT;

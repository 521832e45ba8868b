-- Views complex sql.
CREATE TABLE sales (
    id bigint PRIMARY KEY,
    region text NOT NULL,
    rep text NOT NULL,
    amount numeric(12,2) NOT NULL,
    sold_at timestamptz NOT NULL,
    channel text NOT NULL DEFAULT 'direct'
);
CREATE TABLE refunds (id bigint PRIMARY KEY, sale_id bigint NOT NULL, amount numeric(12,2) NOT NULL);
CREATE VIEW top_sales AS SELECT id, region, amount FROM sales ORDER BY amount DESC, id LIMIT 20;
CREATE VIEW latest_per_region AS SELECT DISTINCT ON (region) region, id, sold_at, channel FROM sales ORDER BY region, sold_at DESC;
CREATE VIEW rep_rank AS SELECT rep, region, amount, dense_rank() OVER w AS rnk, sum(amount) OVER w AS running FROM sales WINDOW w AS (PARTITION BY region ORDER BY amount DESC);
CREATE VIEW region_totals AS
  WITH t AS MATERIALIZED (SELECT region, sum(amount) AS total FROM sales GROUP BY region),
       r AS (SELECT s.region, sum(f.amount) AS refunded FROM refunds f JOIN sales s ON s.id = f.sale_id GROUP BY s.region)
  SELECT t.region, t.total, coalesce(r.refunded, 0) AS refunded FROM t LEFT JOIN r USING (region) WHERE t.total > 0;
CREATE VIEW money_moves AS
  SELECT id, amount, 'sale' AS kind FROM sales
  UNION
  SELECT id, -amount, 'refund' FROM refunds
  EXCEPT
  SELECT id, amount, 'sale' FROM sales WHERE amount = 0;

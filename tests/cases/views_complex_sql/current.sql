-- Views complex sql.
CREATE TABLE sales (
    id bigint PRIMARY KEY,
    region text NOT NULL,
    rep text NOT NULL,
    amount numeric(12,2) NOT NULL,
    sold_at timestamptz NOT NULL
);
CREATE TABLE refunds (id bigint PRIMARY KEY, sale_id bigint NOT NULL, amount numeric(12,2) NOT NULL);
CREATE VIEW top_sales AS SELECT id, region, amount FROM sales ORDER BY amount DESC LIMIT 10;
CREATE VIEW latest_per_region AS SELECT DISTINCT ON (region) region, id, sold_at FROM sales ORDER BY region, sold_at DESC;
CREATE VIEW rep_rank AS SELECT rep, region, amount, rank() OVER (PARTITION BY region ORDER BY amount DESC) AS rnk FROM sales;
CREATE VIEW region_totals AS
  WITH t AS (SELECT region, sum(amount) AS total FROM sales GROUP BY region)
  SELECT region, total FROM t WHERE total > 0;
CREATE VIEW money_moves AS
  SELECT id, amount, 'sale' AS kind FROM sales
  UNION ALL
  SELECT id, -amount, 'refund' FROM refunds;

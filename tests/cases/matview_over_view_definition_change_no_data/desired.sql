-- The view under two materialized views changes its filter (same columns);
-- one matview is populated, the other WITH NO DATA.
CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL, refunded boolean NOT NULL DEFAULT false);
CREATE VIEW valid_sales AS SELECT id, region, amount FROM sales WHERE amount > 0 AND NOT refunded;
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM valid_sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON sales_by_region (region);
CREATE MATERIALIZED VIEW sales_count AS SELECT count(*) AS n FROM valid_sales WITH NO DATA;

CREATE TABLE sales (id integer PRIMARY KEY, region text NOT NULL, amount numeric NOT NULL);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total, count(*) AS n FROM sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region_idx ON sales_by_region (region);
COMMENT ON MATERIALIZED VIEW sales_by_region IS 'refreshed hourly';
COMMENT ON COLUMN sales_by_region.total IS 'sum of amounts';
COMMENT ON INDEX sales_by_region_region_idx IS 'for REFRESH CONCURRENTLY';

-- Matview on view column type change.
CREATE TABLE sales (
    id bigint PRIMARY KEY,
    region text NOT NULL,
    amount integer NOT NULL
);
CREATE VIEW sales_clean AS SELECT id, region, amount FROM sales WHERE amount > 0;
CREATE MATERIALIZED VIEW sales_by_region AS
    SELECT region, sum(amount) AS total, count(*) AS n FROM sales_clean GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region_idx ON sales_by_region (region);
COMMENT ON MATERIALIZED VIEW sales_by_region IS 'refreshed nightly';
COMMENT ON COLUMN sales_by_region.total IS 'sum of positive amounts';

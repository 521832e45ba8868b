CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    sold_on date NOT NULL
);

CREATE MATERIALIZED VIEW sales_by_region AS
    SELECT region, sum(amount) AS total, count(*) AS n_sales, max(sold_on) AS last_sale
    FROM sales
    GROUP BY region;

CREATE UNIQUE INDEX sales_by_region_region_key ON sales_by_region (region);

COMMENT ON MATERIALIZED VIEW sales_by_region IS 'Refreshed nightly';

CREATE SCHEMA src; CREATE SCHEMA mart;
CREATE TABLE src.sales (id int PRIMARY KEY, region varchar(10), amount int);
CREATE MATERIALIZED VIEW mart.sales_by_region AS SELECT region, sum(amount) AS total FROM src.sales GROUP BY region;
CREATE UNIQUE INDEX sales_by_region_region ON mart.sales_by_region (region);
CREATE VIEW mart."Top Regions" AS SELECT region FROM mart.sales_by_region WHERE total > 100;

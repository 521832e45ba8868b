CREATE TABLE sales (
    id integer PRIMARY KEY,
    shop_code varchar(4) NOT NULL,
    amount integer NOT NULL
);
CREATE MATERIALIZED VIEW shop_totals AS
    SELECT shop_code, sum(amount) AS total, count(*) AS n FROM sales GROUP BY shop_code;
CREATE UNIQUE INDEX shop_totals_code_idx ON shop_totals (shop_code);
CREATE INDEX sales_shop_idx ON sales (shop_code);

CREATE SCHEMA core; CREATE SCHEMA reporting; CREATE SCHEMA "Public API";
CREATE TABLE core.orders (id int PRIMARY KEY, amount numeric(10,2) NOT NULL, customer varchar(50));
CREATE VIEW reporting.order_totals AS SELECT customer, sum(amount) AS total, count(*) AS n FROM core.orders GROUP BY customer;
CREATE VIEW "Public API"."Orders" AS SELECT id AS "OrderId", amount AS "Amount", customer AS "Customer" FROM core.orders;
CREATE VIEW "Public API"."Totals" AS SELECT t.customer AS "Customer", t.total AS "Total" FROM reporting.order_totals t;
COMMENT ON VIEW "Public API"."Totals" IS 'API totals';
COMMENT ON COLUMN reporting.order_totals.total IS 'sum of amounts';

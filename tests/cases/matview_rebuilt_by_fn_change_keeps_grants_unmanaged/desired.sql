CREATE TABLE sales (id int PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION tax(a numeric) RETURNS numeric(12,2) LANGUAGE sql IMMUTABLE AS $$ SELECT round(a * 0.2, 2) $$;
CREATE MATERIALIZED VIEW sales_tax AS SELECT id, tax(amount) AS tax FROM sales;
GRANT SELECT ON sales_tax TO sd_reader;

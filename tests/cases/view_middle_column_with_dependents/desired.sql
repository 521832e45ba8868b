-- View middle column with dependents.
CREATE TABLE orders (id int PRIMARY KEY, customer text NOT NULL, amount numeric(10,2) NOT NULL, placed_at date NOT NULL);
CREATE VIEW order_summary AS SELECT id, customer, placed_at, amount FROM orders;
CREATE VIEW big_orders AS SELECT id, customer FROM order_summary WHERE amount > 100;
CREATE FUNCTION big_order_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM big_orders; END;
GRANT SELECT ON order_summary TO sd_reader;
COMMENT ON VIEW order_summary IS 'used by the dashboard';

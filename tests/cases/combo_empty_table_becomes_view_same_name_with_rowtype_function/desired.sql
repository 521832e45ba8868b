CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer text NOT NULL,
    amount numeric NOT NULL,
    cancelled boolean NOT NULL DEFAULT false
);
CREATE INDEX orders_customer_idx ON orders (customer) WHERE NOT cancelled;
CREATE VIEW order_totals AS
    SELECT customer, sum(amount) AS total FROM orders WHERE NOT cancelled GROUP BY customer;
CREATE FUNCTION top_customers() RETURNS SETOF order_totals LANGUAGE sql STABLE
    AS $$ SELECT * FROM order_totals ORDER BY total DESC LIMIT 3 $$;

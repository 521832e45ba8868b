CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL, total numeric NOT NULL, note text);
CREATE VIEW order_view AS SELECT id, total, customer FROM orders;
CREATE FUNCTION customer_spend(c int) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(total), 0) FROM order_view WHERE customer = c;
END;
CREATE VIEW top_customers AS SELECT DISTINCT customer, customer_spend(customer) AS spend FROM orders;

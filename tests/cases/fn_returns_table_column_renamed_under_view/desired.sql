CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric(12,2) NOT NULL);
CREATE FUNCTION customer_totals() RETURNS TABLE (customer_id int, lifetime_value numeric, order_count bigint)
    LANGUAGE sql STABLE
    AS $$ SELECT customer_id, sum(total), count(*) FROM orders GROUP BY customer_id $$;
CREATE VIEW big_customers AS SELECT customer_id, order_count FROM customer_totals() WHERE lifetime_value > 1000;

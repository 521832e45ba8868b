CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL, total numeric(12,2) NOT NULL);
CREATE FUNCTION customer_totals() RETURNS TABLE (customer_id int, sum_total numeric)
    LANGUAGE sql STABLE
    AS $$ SELECT customer_id, sum(total) FROM orders GROUP BY customer_id $$;
CREATE VIEW big_customers AS SELECT customer_id FROM customer_totals() WHERE sum_total > 1000;

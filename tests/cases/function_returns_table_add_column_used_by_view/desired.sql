-- Function returns table add column used by view.
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
CREATE FUNCTION customer_totals() RETURNS TABLE (customer_id bigint, total numeric, order_count bigint)
    LANGUAGE sql STABLE AS $$ SELECT customer_id, sum(total), count(*) FROM orders GROUP BY customer_id $$;
CREATE VIEW top_customers AS SELECT customer_id, total, order_count FROM customer_totals() WHERE total > 1000;

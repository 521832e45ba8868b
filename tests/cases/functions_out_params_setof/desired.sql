-- A function's OUT parameters change (they are not part of its identity),
-- with and without a view over it.
CREATE SCHEMA app;
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL, status text NOT NULL DEFAULT 'open', closed_at timestamptz);
CREATE FUNCTION app.customer_orders(p_customer text, OUT order_id bigint, OUT total numeric, OUT status text)
  RETURNS SETOF record LANGUAGE plpgsql STABLE SET search_path = app AS $$
BEGIN
  RETURN QUERY SELECT id, orders.total, orders.status FROM orders WHERE customer = p_customer;
END $$;
CREATE VIEW app.ann_orders AS SELECT * FROM app.customer_orders('ann');
CREATE FUNCTION app.close_order(p_id bigint) RETURNS void LANGUAGE plpgsql SET search_path = app AS $$
BEGIN
  UPDATE orders SET status = 'closed', closed_at = now() WHERE id = p_id;
END $$;

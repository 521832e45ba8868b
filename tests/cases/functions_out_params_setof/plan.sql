-- schemadiff plan
-- source fingerprint: d6d2da79d040a6c3
-- target fingerprint: 4f4c721b5ee98394
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW app.ann_orders;

DROP FUNCTION app.customer_orders(p_customer text);

CREATE OR REPLACE FUNCTION app.close_order(p_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'app'
AS $function$
BEGIN
  UPDATE orders SET status = 'closed', closed_at = now() WHERE id = p_id;
END $function$;

CREATE OR REPLACE FUNCTION app.customer_orders(p_customer text, OUT order_id bigint, OUT total numeric, OUT status text)
 RETURNS SETOF record
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'app'
AS $function$
BEGIN
  RETURN QUERY SELECT id, orders.total, orders.status FROM orders WHERE customer = p_customer;
END $function$;

ALTER TABLE app.orders ADD COLUMN closed_at timestamp with time zone;

CREATE VIEW app.ann_orders AS
 SELECT customer_orders.order_id,
    customer_orders.total,
    customer_orders.status
   FROM app.customer_orders('ann'::text) customer_orders(order_id, total, status);

COMMIT;

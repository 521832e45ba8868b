-- schemadiff rollback
-- source fingerprint: 4f4c721b5ee98394
-- target fingerprint: d6d2da79d040a6c3
-- 6 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW app.ann_orders;

-- hazard: data-loss,irreversible
ALTER TABLE app.orders DROP COLUMN closed_at;

DROP FUNCTION app.customer_orders(p_customer text);

CREATE OR REPLACE FUNCTION app.close_order(p_id bigint)
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'app'
AS $function$
BEGIN
  UPDATE orders SET status = 'closed' WHERE id = p_id;
END $function$;

CREATE OR REPLACE FUNCTION app.customer_orders(p_customer text, OUT order_id bigint, OUT total numeric)
 RETURNS SETOF record
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'app'
AS $function$
BEGIN
  RETURN QUERY SELECT id, orders.total FROM orders WHERE customer = p_customer;
END $function$;

CREATE VIEW app.ann_orders AS
 SELECT customer_orders.order_id,
    customer_orders.total
   FROM app.customer_orders('ann'::text) customer_orders(order_id, total);

COMMIT;

-- schemadiff plan
-- source fingerprint: 178bccc6505f813b
-- target fingerprint: d220f0756db6e0c6
-- 9 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP MATERIALIZED VIEW public.mv_order_stats;

DROP VIEW public.v_big_orders;

DROP VIEW public.v_orders;

DROP VIEW public.v_lines;

-- hazard: rewrite
ALTER TABLE public.line_items ALTER COLUMN unit_price TYPE numeric(14,4);

CREATE VIEW public.v_lines AS
SELECT id, order_id, qty, unit_price, qty * unit_price AS amount FROM line_items;

CREATE VIEW public.v_orders AS
SELECT order_id, sum(amount) AS total, count(*) AS n FROM v_lines GROUP BY order_id;

CREATE MATERIALIZED VIEW public.mv_order_stats AS
 SELECT count(*) AS orders,
    max(v_orders.total) AS biggest
   FROM public.v_orders;

CREATE VIEW public.v_big_orders AS
SELECT order_id, total FROM v_orders WHERE total > 100 ORDER BY total DESC;

COMMIT;

-- schemadiff rollback
-- source fingerprint: d220f0756db6e0c6
-- target fingerprint: 178bccc6505f813b
-- 9 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP MATERIALIZED VIEW public.mv_order_stats;

DROP VIEW public.v_big_orders;

DROP VIEW public.v_orders;

DROP VIEW public.v_lines;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.line_items ALTER COLUMN unit_price TYPE numeric(10,2);

CREATE VIEW public.v_lines AS
 SELECT line_items.id,
    line_items.order_id,
    line_items.qty,
    line_items.unit_price,
    ((line_items.qty)::numeric * line_items.unit_price) AS amount
   FROM public.line_items;

CREATE VIEW public.v_orders AS
 SELECT v_lines.order_id,
    sum(v_lines.amount) AS total,
    count(*) AS n
   FROM public.v_lines
  GROUP BY v_lines.order_id;

CREATE MATERIALIZED VIEW public.mv_order_stats AS
 SELECT count(*) AS orders,
    max(v_orders.total) AS biggest
   FROM public.v_orders;

CREATE VIEW public.v_big_orders AS
 SELECT v_orders.order_id,
    v_orders.total
   FROM public.v_orders
  WHERE (v_orders.total > (100)::numeric)
  ORDER BY v_orders.total DESC;

COMMIT;

-- View chain numeric.
CREATE TABLE line_items (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL
);
CREATE VIEW v_lines AS SELECT id, order_id, qty, unit_price, qty * unit_price AS amount FROM line_items;
CREATE VIEW v_orders AS SELECT order_id, sum(amount) AS total, count(*) AS n FROM v_lines GROUP BY order_id;
CREATE VIEW v_big_orders AS SELECT order_id, total FROM v_orders WHERE total > 100 ORDER BY total DESC;
CREATE MATERIALIZED VIEW mv_order_stats AS SELECT count(*) AS orders, max(total) AS biggest FROM v_orders;

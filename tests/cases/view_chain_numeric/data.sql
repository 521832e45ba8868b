INSERT INTO line_items VALUES (1, 1, 3, 19.99), (2, 1, 10, 12.50), (3, 2, 1, 5.00);
REFRESH MATERIALIZED VIEW mv_order_stats;

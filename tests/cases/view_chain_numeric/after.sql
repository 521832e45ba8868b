SELECT * FROM v_big_orders;
SELECT * FROM mv_order_stats;

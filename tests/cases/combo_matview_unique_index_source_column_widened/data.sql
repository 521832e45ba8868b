INSERT INTO sales VALUES (1, 'S1', 10), (2, 'S1', 5), (3, 'S2', 7);
REFRESH MATERIALIZED VIEW shop_totals;

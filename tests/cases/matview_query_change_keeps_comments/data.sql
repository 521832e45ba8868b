INSERT INTO sales VALUES (1, 'eu', 10), (2, 'us', 20);
REFRESH MATERIALIZED VIEW sales_by_region;

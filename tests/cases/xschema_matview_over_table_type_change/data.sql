INSERT INTO src.sales VALUES (1, 'eu', 150), (2, 'us', 20);
REFRESH MATERIALIZED VIEW mart.sales_by_region;

INSERT INTO orders VALUES (1,'ann',10),(2,'ann',5),(3,'bob',7);
REFRESH MATERIALIZED VIEW customer_totals;

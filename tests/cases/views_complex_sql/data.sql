INSERT INTO sales VALUES (1,'eu','ann',100,'2024-01-01'),(2,'eu','bob',50,'2024-02-01'),(3,'us','cid',70,'2024-01-05');
INSERT INTO refunds VALUES (1,2,10);

INSERT INTO cust VALUES (1,'eu'),(2,'us');

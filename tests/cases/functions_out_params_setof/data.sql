INSERT INTO app.orders VALUES (1,'ann',10,'open'),(2,'bob',20,'open'),(3,'ann',5,'closed');

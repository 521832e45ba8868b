INSERT INTO customers VALUES (1,'a@x'),(2,'b@x');
INSERT INTO orders VALUES (10,1,5),(11,2,7.5);

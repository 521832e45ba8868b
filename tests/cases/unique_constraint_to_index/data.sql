INSERT INTO products VALUES (1,'A-1','anvil'),(2,'B-2','bucket');
INSERT INTO stock VALUES ('A-1', 5);

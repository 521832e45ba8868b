INSERT INTO orders DEFAULT VALUES;
INSERT INTO orders (status) VALUES ('paid'), ('shipped');

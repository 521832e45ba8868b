INSERT INTO orders (total) VALUES (9.99), (19.99);

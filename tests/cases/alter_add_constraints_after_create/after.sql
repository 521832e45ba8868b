INSERT INTO orders (id, customer_id, total) VALUES (12, 1, 1);

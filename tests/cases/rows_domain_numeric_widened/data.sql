INSERT INTO orders (total) VALUES (123456.78), (1.5);
INSERT INTO refunds (order_id, amount) VALUES (1, 10.25), (2, NULL);

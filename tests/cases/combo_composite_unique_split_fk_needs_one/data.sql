INSERT INTO products VALUES (1, 'A-1', 'eu'), (2, 'B-2', 'us');
INSERT INTO order_lines VALUES (1, 'A-1', 'eu', 3), (2, 'B-2', 'us', 1);

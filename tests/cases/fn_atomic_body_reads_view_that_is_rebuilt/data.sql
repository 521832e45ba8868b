INSERT INTO orders VALUES (1, 1, 10, 'x');

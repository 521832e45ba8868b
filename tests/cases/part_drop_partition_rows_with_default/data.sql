INSERT INTO orders VALUES (1, 'eu', 1), (2, 'nz', 2), (3, 'is', 3), (4, 'br', 4);

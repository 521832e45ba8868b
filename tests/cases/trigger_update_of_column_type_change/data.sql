INSERT INTO products VALUES (1, 'pen', 150, NULL), (2, 'cup', 999, NULL);

INSERT INTO products VALUES (1, 'apple'), (2, 'Banana');

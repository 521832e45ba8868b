INSERT INTO skus (id, prefix, num) VALUES (1, 'AB', 7);

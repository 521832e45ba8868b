INSERT INTO items (id, sku) VALUES (1, 'ab-1'), (2, 'cd2');

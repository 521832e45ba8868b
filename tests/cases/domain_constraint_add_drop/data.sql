INSERT INTO inv.products (id, sku) VALUES (1, 'ab-100'), (2, 'cd-200');

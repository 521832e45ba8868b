INSERT INTO line_items (qty, unit_price) VALUES (1, 10), (20, 9.5), (3, 99.99);

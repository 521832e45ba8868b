INSERT INTO line_items (id, qty, unit_price) VALUES (1, 2, 30), (2, 10, 50);

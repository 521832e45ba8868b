INSERT INTO line_items (qty, unit_price) VALUES (2, 5);

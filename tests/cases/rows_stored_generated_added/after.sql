INSERT INTO line_items (quantity, unit_price) VALUES (3, 1.00);

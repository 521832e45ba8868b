INSERT INTO line_items (quantity, unit_price) VALUES (2, 3.50), (1, 10.00);

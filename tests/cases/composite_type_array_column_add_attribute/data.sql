-- Composite type array column add attribute.
INSERT INTO carts VALUES (1, ROW('EUR', 100), ARRAY[ROW('EUR', 50)::money_amount]);

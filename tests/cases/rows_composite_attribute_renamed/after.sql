INSERT INTO stores (location) VALUES (ROW(1, 2));

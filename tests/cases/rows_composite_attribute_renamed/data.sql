INSERT INTO stores (location) VALUES (ROW(52.5, 13.4)), (ROW(48.8, 2.35));

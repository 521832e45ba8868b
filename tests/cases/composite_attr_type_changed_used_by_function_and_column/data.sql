INSERT INTO boxes (size) VALUES (ROW(10, 20, 'cm')), (ROW(3, 4, 'in'));

INSERT INTO payments VALUES (1, ROW(10.50,'EUR')), (2, ROW(3,'USD'));

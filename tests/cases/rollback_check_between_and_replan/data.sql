INSERT INTO reviews VALUES (1, 5), (2, 1);

INSERT INTO payments VALUES (1, ROW('EUR', 100)), (2, ROW('USD', 0));

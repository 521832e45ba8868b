INSERT INTO accounts VALUES (1, 100), (2, 0);

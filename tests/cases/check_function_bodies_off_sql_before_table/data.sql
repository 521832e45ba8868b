INSERT INTO accounts VALUES (1, 5);

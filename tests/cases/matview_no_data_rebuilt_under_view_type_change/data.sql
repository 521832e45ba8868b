INSERT INTO hits VALUES (1, '/a', 10);

INSERT INTO accounts VALUES (1, 100), (2, 50);
INSERT INTO transfers VALUES (1, 1, 2, 10), (2, 2, 1, 5);

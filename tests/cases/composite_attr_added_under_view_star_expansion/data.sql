INSERT INTO stores VALUES (1, ROW('Main 1', 'Town')), (2, NULL);

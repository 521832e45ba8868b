INSERT INTO shops VALUES (1, ROW('Main St 1', 'Springfield', '12345')), (2, NULL);

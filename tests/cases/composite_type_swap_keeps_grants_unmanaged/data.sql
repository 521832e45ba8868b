INSERT INTO customers VALUES (1, ROW('Main', 'Town', '123'));

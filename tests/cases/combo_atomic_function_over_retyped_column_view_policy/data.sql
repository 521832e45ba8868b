INSERT INTO accounts VALUES (1, 5000, 'ann'), (2, 10, 'bob');

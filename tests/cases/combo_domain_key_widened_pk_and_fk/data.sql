INSERT INTO owners VALUES (1, 'ann'), (2, 'bob');
INSERT INTO pets VALUES (10, 1, 'rex'), (11, 2, 'tom');

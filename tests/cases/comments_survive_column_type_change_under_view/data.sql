INSERT INTO metrics VALUES (1, 1.5, 'a'), (2, 2.25, 'bb');

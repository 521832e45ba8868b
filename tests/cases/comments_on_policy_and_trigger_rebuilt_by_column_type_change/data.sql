INSERT INTO docs VALUES (1, 10, 'a'), (2, 20, 'b');

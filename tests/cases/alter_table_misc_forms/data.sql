INSERT INTO docs VALUES (1,'x','b');

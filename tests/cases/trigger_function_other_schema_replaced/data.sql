INSERT INTO docs VALUES (1, 'x', 3); INSERT INTO notes VALUES (1, 'y', 1);

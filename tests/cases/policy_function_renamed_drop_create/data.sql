INSERT INTO notes VALUES (1, 1, 'n');

INSERT INTO people VALUES (1, ROW('Ada', 'Lovelace'));

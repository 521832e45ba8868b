INSERT INTO documents VALUES (1, 0, 'pub'), (2, 5, 'mine');

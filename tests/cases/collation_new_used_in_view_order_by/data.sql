INSERT INTO cities VALUES (1, 'Örebro'), (2, 'Ystad');

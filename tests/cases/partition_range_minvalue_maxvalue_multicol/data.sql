INSERT INTO grid VALUES (-5, 3, 'low'), (50, 1, 'mid'), (500, 7, 'high');

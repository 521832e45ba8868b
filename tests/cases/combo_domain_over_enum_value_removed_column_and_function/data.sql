INSERT INTO pixels VALUES (1, 'red'), (2, 'blue');

INSERT INTO channels VALUES (1, 'email');

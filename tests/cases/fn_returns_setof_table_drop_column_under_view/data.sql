INSERT INTO users VALUES (1, 'a@b', 'x');

INSERT INTO users VALUES (1, 1, 'e');

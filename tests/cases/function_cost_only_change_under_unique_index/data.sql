INSERT INTO users VALUES (1, 'A@x'), (2, 'b@x');

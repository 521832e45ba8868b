-- Extension drop after column converted.
INSERT INTO users VALUES (1, 'A@x.org');

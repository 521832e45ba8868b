-- Domain multiple checks change with data.
INSERT INTO contacts VALUES (1, 'a@b.c'), (2, 'x@y.z');

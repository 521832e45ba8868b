INSERT INTO rooms VALUES ('main', 101, 1), ('main', 202, 2);
INSERT INTO meetings VALUES (1, 'main', 101), (2, 'main', 202);

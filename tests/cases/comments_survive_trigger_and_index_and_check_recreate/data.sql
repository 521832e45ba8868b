INSERT INTO stock VALUES ('a', 5), ('b', 50);

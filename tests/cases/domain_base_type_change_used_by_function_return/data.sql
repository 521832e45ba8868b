INSERT INTO prices VALUES ('a', 100), ('b', 2500);

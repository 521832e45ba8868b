INSERT INTO prices VALUES ('a', 1);

INSERT INTO counters VALUES ('hits', 5);

INSERT INTO places VALUES (1, 52.5, 13.4), (2, 48.8, 2.3);

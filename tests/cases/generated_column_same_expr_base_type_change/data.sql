INSERT INTO a (id, b) VALUES (1, 21);

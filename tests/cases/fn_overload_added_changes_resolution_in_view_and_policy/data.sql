INSERT INTO things VALUES (1, null);

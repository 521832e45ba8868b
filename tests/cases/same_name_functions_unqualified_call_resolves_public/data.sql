INSERT INTO app.nums VALUES (1), (2);

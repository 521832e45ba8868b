INSERT INTO app.t VALUES (1, 's', 'n');

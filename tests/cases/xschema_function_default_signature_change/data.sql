INSERT INTO app.thing (id) VALUES (1);

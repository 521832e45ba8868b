INSERT INTO app.thing (id) SELECT coalesce(max(id), 0) + 1 FROM app.thing;

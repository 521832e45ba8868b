INSERT INTO app.users VALUES ((SELECT coalesce(max(id), 0) + 1 FROM app.users));
INSERT INTO app."Orders" VALUES ((SELECT coalesce(max(id), 0) + 1 FROM app."Orders"));

INSERT INTO app.users (name) VALUES ('c');

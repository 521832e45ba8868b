INSERT INTO app.users (name) VALUES ('a'),('b');

INSERT INTO legacy_users (name) VALUES ('ann'), ('bob'), ('cy');
INSERT INTO users (id, name) SELECT id, name FROM legacy_users;

INSERT INTO users VALUES (1, 'pub'), (2, 'pub2');
INSERT INTO app.users VALUES (1, 'app'), (2, 'app2');
INSERT INTO app.posts VALUES (1, 1), (2, 2);

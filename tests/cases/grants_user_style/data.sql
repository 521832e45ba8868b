INSERT INTO app.accounts (name, secret) VALUES ('a','s');

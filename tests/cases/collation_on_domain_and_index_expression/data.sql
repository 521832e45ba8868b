INSERT INTO accounts (login) VALUES ('alice'), ('Bob'), ('carol');

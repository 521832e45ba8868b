CREATE DOMAIN citext AS text CHECK (VALUE = lower(VALUE));
CREATE TABLE logins (id integer PRIMARY KEY, login citext NOT NULL);
CREATE FUNCTION similarity(a text, b text) RETURNS real LANGUAGE sql IMMUTABLE RETURN 0.5;
CREATE VIEW sims AS SELECT id, similarity(login, 'x') FROM logins;

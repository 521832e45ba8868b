CREATE SCHEMA ext;
CREATE EXTENSION citext SCHEMA ext;
CREATE EXTENSION pg_trgm SCHEMA ext;
CREATE DOMAIN citext AS text CHECK (VALUE = lower(VALUE));
CREATE TABLE logins (id integer PRIMARY KEY, login citext NOT NULL, login2 ext.citext);
CREATE FUNCTION similarity(a text, b text) RETURNS real LANGUAGE sql IMMUTABLE RETURN 0.5;
CREATE VIEW sims AS SELECT id, similarity(login, 'x'), ext.similarity(login, 'y') AS s2 FROM logins;
CREATE INDEX logins_login2 ON logins USING gin ((login2::text) ext.gin_trgm_ops);

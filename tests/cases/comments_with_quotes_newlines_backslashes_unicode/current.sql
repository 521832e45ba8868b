CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY, label text);
CREATE TYPE app.mood AS ENUM ('ok', 'sad');
CREATE DOMAIN app.label AS text;
COMMENT ON SCHEMA app IS 'application schema';
COMMENT ON TABLE app.items IS 'simple';
COMMENT ON COLUMN app.items.label IS 'plain';

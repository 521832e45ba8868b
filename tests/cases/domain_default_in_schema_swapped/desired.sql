CREATE SCHEMA app;
CREATE FUNCTION app.start_value() RETURNS integer LANGUAGE sql AS $$ SELECT 7 $$;
CREATE DOMAIN app.counter AS bigint DEFAULT app.start_value() CHECK (VALUE >= 0);
CREATE TABLE app.tally (id int PRIMARY KEY, n app.counter);

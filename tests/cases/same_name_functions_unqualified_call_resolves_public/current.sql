CREATE SCHEMA app;
CREATE FUNCTION fmt(x int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'pub:' || x $$;
CREATE FUNCTION app.fmt(x int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'app:' || x $$;
CREATE TABLE app.nums (n int);
CREATE VIEW app.formatted AS SELECT fmt(n) AS p, app.fmt(n) AS a FROM app.nums;

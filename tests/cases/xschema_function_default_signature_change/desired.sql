CREATE SCHEMA util;
CREATE SCHEMA app;
CREATE FUNCTION util.gen_code(p text, n int DEFAULT 2) RETURNS text LANGUAGE sql AS $$ SELECT p || '-' || n $$;
CREATE TABLE app.thing (id int PRIMARY KEY, code text DEFAULT util.gen_code('T'));

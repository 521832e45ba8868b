CREATE SCHEMA util;
CREATE SCHEMA app;
CREATE FUNCTION util.gen_code(p text) RETURNS text LANGUAGE sql AS $$ SELECT p || '-' || 1 $$;
CREATE TABLE app.thing (id int PRIMARY KEY, code text DEFAULT util.gen_code('T'));

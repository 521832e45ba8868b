CREATE FUNCTION f(p text, n int DEFAULT 1) RETURNS text LANGUAGE sql AS $$ SELECT p || n $$;
CREATE TABLE t (id int, c text DEFAULT f('x'));

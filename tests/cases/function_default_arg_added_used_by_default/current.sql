CREATE FUNCTION f(p text) RETURNS text LANGUAGE sql AS $$ SELECT p $$;
CREATE TABLE t (id int, c text DEFAULT f('x'));

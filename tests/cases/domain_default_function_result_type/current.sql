CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE DOMAIN code AS bigint DEFAULT next_code();
CREATE TABLE t (id int PRIMARY KEY, c code);

CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql AS $$ SELECT 2::bigint $$;
CREATE DOMAIN code AS bigint DEFAULT next_code();
CREATE TABLE t (id int PRIMARY KEY, c code);

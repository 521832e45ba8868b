CREATE FUNCTION fmt_id(v bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'L' || v $$;
CREATE FUNCTION fmt_id(v int) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'I' || v $$;
CREATE TABLE things (id int PRIMARY KEY);
CREATE VIEW thing_codes AS SELECT id, fmt_id(id) AS code FROM things;

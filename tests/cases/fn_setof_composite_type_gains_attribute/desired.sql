CREATE TYPE user_summary AS (id int, name text, email text);
CREATE TABLE users (id int PRIMARY KEY, name text, email text);
CREATE FUNCTION user_summaries() RETURNS SETOF user_summary LANGUAGE sql STABLE AS $$ SELECT id, name, email FROM users $$;
CREATE VIEW user_names AS SELECT name FROM user_summaries();

-- A function's body changes under what stored its results (an expression
-- index, a generated column): those are rebuilt, else they hold stale values.
CREATE FUNCTION normalize_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(e) $$;
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_norm ON users (normalize_email(email));

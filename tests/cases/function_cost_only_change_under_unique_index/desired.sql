CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 10 AS $$SELECT lower(trim(e))$$;
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_norm_key ON users (norm_email(email));

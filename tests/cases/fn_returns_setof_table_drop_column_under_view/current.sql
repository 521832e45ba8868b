CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, legacy_pw text);
CREATE FUNCTION active_users() RETURNS SETOF users LANGUAGE sql STABLE AS $$ SELECT * FROM users $$;
CREATE VIEW user_emails AS SELECT id, email FROM active_users();

CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true
);
CREATE VIEW active_users AS SELECT id, name FROM users WHERE active;
CREATE FUNCTION count_active() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM active_users $$;

CREATE TABLE users (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true
);
CREATE TABLE active_users (
    id integer PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    name text NOT NULL,
    since date
);
CREATE FUNCTION count_active() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM active_users $$;
CREATE VIEW user_status AS SELECT u.id, a.since IS NOT NULL AS tracked FROM users u LEFT JOIN active_users a USING (id);

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    is_admin boolean NOT NULL DEFAULT false
);

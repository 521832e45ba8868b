CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    is_admin boolean NOT NULL DEFAULT false
);

CREATE UNIQUE INDEX users_email_live_key ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_admins_idx ON users (id) WHERE is_admin AND deleted_at IS NULL;

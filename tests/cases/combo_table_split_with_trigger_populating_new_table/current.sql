CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    last_login timestamptz
);
CREATE INDEX accounts_last_login_idx ON accounts (last_login);

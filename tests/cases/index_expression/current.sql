CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    first_name text,
    last_name text,
    profile jsonb NOT NULL DEFAULT '{}'
);

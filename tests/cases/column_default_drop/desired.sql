CREATE TABLE settings (
    id integer PRIMARY KEY,
    name text NOT NULL,
    value text,
    updated_at timestamptz NOT NULL
);

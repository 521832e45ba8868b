CREATE TABLE settings (
    id integer PRIMARY KEY,
    name text NOT NULL DEFAULT 'unnamed',
    value text DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE categories (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    CONSTRAINT categories_not_own_parent CHECK (parent_id <> id)
);

CREATE INDEX categories_parent_id_idx ON categories (parent_id);

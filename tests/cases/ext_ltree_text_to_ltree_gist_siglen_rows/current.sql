CREATE TABLE categories (
    id integer PRIMARY KEY,
    path text NOT NULL
);
CREATE INDEX categories_path_idx ON categories (path);

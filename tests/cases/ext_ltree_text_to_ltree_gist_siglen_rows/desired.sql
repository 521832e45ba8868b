CREATE EXTENSION ltree;
CREATE TABLE categories (
    id integer PRIMARY KEY,
    path ltree NOT NULL
);
CREATE INDEX categories_path_idx ON categories USING gist (path gist_ltree_ops (siglen = 100));
CREATE VIEW category_children AS
    SELECT id, path FROM categories WHERE path ~ 'top.*{1}';

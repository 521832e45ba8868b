-- A recursive view over a category tree gains a path column, and a view
-- on top of it is kept.
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories (id), name text NOT NULL);
CREATE RECURSIVE VIEW category_tree (id, parent_id, depth) AS
    SELECT id, parent_id, 0 FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.parent_id, t.depth + 1 FROM categories c JOIN category_tree t ON c.parent_id = t.id;
CREATE VIEW leaf_depths AS SELECT id, depth FROM category_tree t WHERE NOT EXISTS (SELECT 1 FROM categories c WHERE c.parent_id = t.id);

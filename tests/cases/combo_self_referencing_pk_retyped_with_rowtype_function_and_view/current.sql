CREATE TABLE categories (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    name text NOT NULL
);
CREATE FUNCTION category_label(c categories) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN c.name || '#' || c.id;
END $$;
CREATE VIEW category_tree AS
    WITH RECURSIVE t AS (
        SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN t ON c.parent_id = t.id)
    SELECT * FROM t;

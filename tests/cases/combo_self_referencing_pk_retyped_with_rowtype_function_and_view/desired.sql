CREATE TABLE categories (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id bigint REFERENCES categories (id) ON DELETE CASCADE,
    name text NOT NULL,
    slug text
);
CREATE UNIQUE INDEX categories_parent_name_idx ON categories (parent_id, name);
CREATE FUNCTION category_label(c categories) RETURNS text LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce(c.slug, c.name) || '#' || c.id;
END $$;
CREATE VIEW category_tree AS
    WITH RECURSIVE t AS (
        SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN t ON c.parent_id = t.id)
    SELECT * FROM t;

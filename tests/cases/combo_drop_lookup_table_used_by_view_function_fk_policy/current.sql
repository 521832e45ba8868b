CREATE TABLE regions (
    id integer PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE stores (
    id integer PRIMARY KEY,
    name text NOT NULL,
    region_id integer REFERENCES regions (id)
);
CREATE VIEW store_regions AS SELECT s.id, s.name, r.name AS region FROM stores s LEFT JOIN regions r ON r.id = s.region_id;
CREATE FUNCTION region_name(p integer) RETURNS text LANGUAGE sql STABLE AS $$ SELECT name FROM regions WHERE id = p $$;
ALTER TABLE stores ENABLE ROW LEVEL SECURITY;
CREATE POLICY stores_visible ON stores USING (region_id IS NULL OR EXISTS (SELECT 1 FROM regions r WHERE r.id = region_id));

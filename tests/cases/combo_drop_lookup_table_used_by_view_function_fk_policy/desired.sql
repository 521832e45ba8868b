CREATE TABLE stores (
    id integer PRIMARY KEY,
    name text NOT NULL,
    region_id integer
);
CREATE VIEW store_regions AS SELECT s.id, s.name, s.region_id::text AS region FROM stores s;
CREATE FUNCTION region_name(p integer) RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'region ' || p $$;
ALTER TABLE stores ENABLE ROW LEVEL SECURITY;
CREATE POLICY stores_visible ON stores USING (true);

CREATE TABLE products (
    id integer PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    CONSTRAINT products_name_key UNIQUE (name)
);
CREATE INDEX products_name_prefix_idx ON products (name text_pattern_ops);
COMMENT ON COLUMN products.name IS 'display name';
COMMENT ON INDEX products_name_prefix_idx IS 'LIKE prefix search';
COMMENT ON CONSTRAINT products_name_key ON products IS 'names are unique';

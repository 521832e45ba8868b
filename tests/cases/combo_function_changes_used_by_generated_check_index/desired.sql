CREATE FUNCTION normalize_sku(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(replace(s, '-', '')) $$;
CREATE TABLE items (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    sku_norm text GENERATED ALWAYS AS (normalize_sku(sku)) STORED,
    CONSTRAINT items_sku_check CHECK (length(normalize_sku(sku)) > 0)
);
CREATE UNIQUE INDEX items_sku_norm_idx ON items (normalize_sku(sku));
CREATE INDEX items_sku_norm_col_idx ON items (sku_norm);
CREATE VIEW item_skus AS SELECT id, sku_norm, sku FROM items;

CREATE FUNCTION normalize_sku(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(s) $$;
CREATE TABLE items (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    sku_norm text GENERATED ALWAYS AS (normalize_sku(sku)) STORED,
    CONSTRAINT items_sku_check CHECK (length(normalize_sku(sku)) > 0)
);
CREATE UNIQUE INDEX items_sku_norm_idx ON items (normalize_sku(sku));
CREATE VIEW item_skus AS SELECT id, sku_norm FROM items;

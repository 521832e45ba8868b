-- Unique constraint to index.
CREATE TABLE products (
    id bigint PRIMARY KEY,
    sku text NOT NULL,
    name text NOT NULL
);
CREATE UNIQUE INDEX products_sku_key ON products (sku);
CREATE TABLE stock (
    sku text PRIMARY KEY REFERENCES products (sku),
    qty integer NOT NULL DEFAULT 0
);

-- Unique constraint to index.
CREATE TABLE products (
    id bigint PRIMARY KEY,
    sku text NOT NULL,
    name text NOT NULL,
    CONSTRAINT products_sku_key UNIQUE (sku)
);
CREATE TABLE stock (
    sku text PRIMARY KEY REFERENCES products (sku),
    qty integer NOT NULL DEFAULT 0
);

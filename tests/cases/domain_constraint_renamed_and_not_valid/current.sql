CREATE DOMAIN sku AS text CONSTRAINT sku_format CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');
CREATE TABLE products (
    sku sku PRIMARY KEY,
    name text NOT NULL
);

CREATE DOMAIN sku AS text CONSTRAINT sku_pattern CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');
ALTER DOMAIN sku ADD CONSTRAINT sku_short CHECK (length(VALUE) <= 12) NOT VALID;
CREATE TABLE products (
    sku sku PRIMARY KEY,
    name text NOT NULL
);
COMMENT ON CONSTRAINT sku_pattern ON DOMAIN sku IS 'three letters, dash, digits';

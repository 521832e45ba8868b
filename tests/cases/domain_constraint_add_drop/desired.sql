-- ALTER DOMAIN ADD/DROP CONSTRAINT: one CHECK dropped, one added that the existing rows satisfy.
CREATE SCHEMA inv;

CREATE DOMAIN inv.sku AS text
    CONSTRAINT sku_not_empty CHECK (VALUE <> '')
    CONSTRAINT sku_format CHECK (VALUE ~ '^[a-z]{2}-[0-9]{3}$');

CREATE TABLE inv.products (
    id integer PRIMARY KEY,
    sku inv.sku NOT NULL UNIQUE
);

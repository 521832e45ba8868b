CREATE SCHEMA inv;

CREATE DOMAIN inv.sku AS text
    CONSTRAINT sku_not_empty CHECK (VALUE <> '')
    CONSTRAINT sku_lower CHECK (VALUE = lower(VALUE));

CREATE TABLE inv.products (
    id integer PRIMARY KEY,
    sku inv.sku NOT NULL UNIQUE
);


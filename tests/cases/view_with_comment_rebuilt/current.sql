CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    title text NOT NULL,
    price_cents integer NOT NULL
);

CREATE VIEW catalog AS
    SELECT id, sku, title, price_cents
    FROM products;

COMMENT ON VIEW catalog IS 'Public product catalog, read by the storefront';
COMMENT ON COLUMN catalog.sku IS 'Stock keeping unit';

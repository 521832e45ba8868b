CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(12,2) NOT NULL DEFAULT 0.00,
    CONSTRAINT products_price_check CHECK (price >= 0)
);
CREATE INDEX products_price_idx ON products (price) WHERE price > 0;
CREATE VIEW cheap_products AS SELECT id, name, price, price * 1.2 AS price_gross FROM products WHERE price < 100.50;

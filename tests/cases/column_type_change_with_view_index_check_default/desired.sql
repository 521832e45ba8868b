-- Column type change with view index check default.
CREATE TABLE products (
    id integer PRIMARY KEY,
    sku varchar(64) NOT NULL,
    price numeric(12,2) NOT NULL DEFAULT 0 CHECK (price >= 0),
    stock integer NOT NULL DEFAULT 0
);
CREATE INDEX products_price_idx ON products ((price * 2));
CREATE INDEX products_sku_lower_idx ON products (lower(sku));
CREATE VIEW cheap_products AS SELECT id, sku, price FROM products WHERE price < 100;

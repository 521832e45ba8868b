CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price integer NOT NULL DEFAULT 0
);
CREATE VIEW cheap_products AS SELECT id, name, price FROM products WHERE price < 100;

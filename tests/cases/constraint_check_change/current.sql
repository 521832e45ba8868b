CREATE TABLE products (
    id integer PRIMARY KEY,
    price numeric(12,2) NOT NULL,
    discount numeric(12,2) NOT NULL DEFAULT 0,
    sku text NOT NULL,
    CONSTRAINT products_price_check CHECK (price > 0),
    CONSTRAINT products_discount_check CHECK (discount >= 0 AND discount < price),
    CONSTRAINT products_sku_check CHECK (length(sku) = 8)
);

CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    region text NOT NULL
);
CREATE UNIQUE INDEX products_sku_region_key ON products (sku, region);
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    region text NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT order_lines_product_fkey FOREIGN KEY (sku, region) REFERENCES products (sku, region)
);

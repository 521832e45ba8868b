CREATE TABLE products (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    region text NOT NULL
);
CREATE UNIQUE INDEX products_sku_key ON products (sku);
CREATE INDEX products_region_idx ON products (region);
CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    region text NOT NULL,
    qty integer NOT NULL,
    CONSTRAINT order_lines_product_fkey FOREIGN KEY (sku) REFERENCES products (sku)
);
CREATE INDEX order_lines_sku_idx ON order_lines (sku);

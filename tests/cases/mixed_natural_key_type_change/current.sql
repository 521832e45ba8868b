CREATE TABLE products (
    sku varchar(16) NOT NULL,
    name text NOT NULL,
    CONSTRAINT products_pkey PRIMARY KEY (sku),
    CONSTRAINT products_sku_format CHECK (sku ~ '^[A-Z0-9-]+$')
);

CREATE INDEX products_sku_lower_idx ON products (lower(sku));
CREATE INDEX products_sku_prefix_idx ON products (sku varchar_pattern_ops);

CREATE TABLE order_lines (
    id bigint PRIMARY KEY,
    sku varchar(16) NOT NULL REFERENCES products (sku) ON UPDATE CASCADE,
    qty integer NOT NULL
);

CREATE INDEX order_lines_sku_idx ON order_lines (sku);

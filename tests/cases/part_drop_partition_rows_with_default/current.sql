CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_tiny PARTITION OF orders FOR VALUES IN ('nz', 'is');
CREATE TABLE orders_default PARTITION OF orders DEFAULT;

-- The tiny regions no longer need their own partition: they fold into DEFAULT.
CREATE TABLE orders (
    id bigint NOT NULL,
    region text NOT NULL,
    total numeric
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_default PARTITION OF orders DEFAULT;

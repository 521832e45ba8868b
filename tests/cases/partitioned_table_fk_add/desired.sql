-- Partitioned table fk add.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    customer_id bigint NOT NULL,
    PRIMARY KEY (id, placed_on),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT orders_id_positive CHECK (id > 0)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE order_refs (
    order_id bigint NOT NULL,
    placed_on date NOT NULL,
    FOREIGN KEY (order_id, placed_on) REFERENCES orders (id, placed_on)
);

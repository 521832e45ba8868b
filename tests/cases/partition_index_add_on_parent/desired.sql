-- Partition index add on parent.
CREATE TABLE orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE UNIQUE INDEX orders_status_uq ON orders (status, placed_on) WHERE status = 'open';

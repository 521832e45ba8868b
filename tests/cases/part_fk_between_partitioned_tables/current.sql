CREATE TABLE orders (
    id bigint NOT NULL,
    placed_on date NOT NULL,
    total numeric NOT NULL,
    PRIMARY KEY (id, placed_on)
) PARTITION BY RANGE (placed_on);
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE order_lines (
    order_id bigint NOT NULL,
    placed_on date NOT NULL,
    line_no integer NOT NULL,
    sku text NOT NULL,
    PRIMARY KEY (order_id, placed_on, line_no)
) PARTITION BY RANGE (placed_on);
CREATE TABLE order_lines_2025 PARTITION OF order_lines FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE order_lines_2026 PARTITION OF order_lines FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

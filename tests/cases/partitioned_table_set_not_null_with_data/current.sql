-- Partitioned table set not null with data.
CREATE TABLE shipments (
    id bigint NOT NULL,
    shipped_on date NOT NULL,
    carrier text
) PARTITION BY RANGE (shipped_on);
CREATE TABLE shipments_2025 PARTITION OF shipments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- An identity column added to a partitioned table (with a partition, no rows):
-- PostgreSQL needs the column first, then ADD GENERATED.
CREATE TABLE clicks (
    clicked_on date NOT NULL,
    url text NOT NULL
) PARTITION BY RANGE (clicked_on);
CREATE TABLE clicks_2025 PARTITION OF clicks FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- Partition subpartition add.
CREATE TABLE measurements (
    region text NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);
CREATE TABLE measurements_2025_eu PARTITION OF measurements_2025 FOR VALUES IN ('eu');
CREATE TABLE measurements_2025_us PARTITION OF measurements_2025 FOR VALUES IN ('us');
CREATE TABLE measurements_2025_other PARTITION OF measurements_2025 DEFAULT;
CREATE INDEX measurements_taken_on_idx ON measurements (taken_on);

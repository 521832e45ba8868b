-- A legacy year table that the team now attaches to the partitioned table.
CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value numeric NOT NULL
) PARTITION BY RANGE (taken_on);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_2024 (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value numeric NOT NULL,
    CONSTRAINT measurements_2024_range CHECK (taken_on >= '2024-01-01' AND taken_on < '2025-01-01')
);

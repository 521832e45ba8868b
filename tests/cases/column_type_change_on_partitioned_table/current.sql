-- Column type change on partitioned table.
CREATE TABLE readings (
    sensor_id integer NOT NULL,
    read_at timestamptz NOT NULL,
    value real NOT NULL
) PARTITION BY RANGE (read_at);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX readings_sensor_idx ON readings (sensor_id, read_at);

CREATE TABLE readings (
    device_id integer NOT NULL,
    read_at timestamptz NOT NULL,
    channel smallint NOT NULL DEFAULT 0,
    value double precision,
    CONSTRAINT readings_pkey PRIMARY KEY (device_id, channel, read_at),
    CONSTRAINT readings_value_uq UNIQUE (device_id, read_at, value)
) PARTITION BY RANGE (read_at);
CREATE TABLE readings_2025 PARTITION OF readings FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2026-01-01 00:00+00');
CREATE TABLE readings_ref (
    device_id integer NOT NULL,
    read_at timestamptz NOT NULL,
    UNIQUE (device_id, read_at)
);

CREATE SCHEMA metrics;

CREATE TYPE metrics.reading AS (
    sensor_id integer,
    value real
);

CREATE TABLE metrics.samples (
    id integer PRIMARY KEY,
    latest metrics.reading
);


-- A composite attribute changes type while a table column with rows uses the type (ALTER ATTRIBUTE TYPE is refused then).
CREATE SCHEMA metrics;

CREATE TYPE metrics.reading AS (
    sensor_id bigint,
    value double precision
);

CREATE TABLE metrics.samples (
    id integer PRIMARY KEY,
    latest metrics.reading
);

CREATE TABLE metrics (
    id integer PRIMARY KEY,
    value real NOT NULL,
    tag varchar(10)
);
CREATE VIEW metric_values AS SELECT id, value, tag FROM metrics;
COMMENT ON VIEW metric_values IS 'read model';
COMMENT ON COLUMN metric_values.value IS 'raw value';
COMMENT ON COLUMN metrics.value IS 'measured value';
COMMENT ON COLUMN metrics.tag IS 'short tag';

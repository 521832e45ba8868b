CREATE TABLE metrics (
    id integer PRIMARY KEY,
    metric varchar(16) NOT NULL,
    CONSTRAINT metrics_metric_check CHECK (metric IN ('LCP', 'FID', 'CLS'))
);

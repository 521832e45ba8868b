CREATE TABLE metrics (
    tenant text NOT NULL,
    at date NOT NULL,
    v numeric
) PARTITION BY LIST (tenant);
CREATE TABLE metrics_acme PARTITION OF metrics FOR VALUES IN ('acme');
CREATE TABLE metrics_big PARTITION OF metrics FOR VALUES IN ('big') PARTITION BY RANGE (at);
CREATE TABLE metrics_big_2025 PARTITION OF metrics_big FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE metrics_big_rest PARTITION OF metrics_big DEFAULT;

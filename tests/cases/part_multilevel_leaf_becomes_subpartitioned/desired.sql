-- big gets a 2026 sub-partition (no 2026 rows yet) and
-- a new tenant 'zeta' is added as a sub-partitioned partition.
CREATE TABLE metrics (
    tenant text NOT NULL,
    at date NOT NULL,
    v numeric
) PARTITION BY LIST (tenant);
CREATE TABLE metrics_acme PARTITION OF metrics FOR VALUES IN ('acme');
CREATE TABLE metrics_big PARTITION OF metrics FOR VALUES IN ('big') PARTITION BY RANGE (at);
CREATE TABLE metrics_big_2025 PARTITION OF metrics_big FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE metrics_big_2026 PARTITION OF metrics_big FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE metrics_big_rest PARTITION OF metrics_big DEFAULT;
CREATE TABLE metrics_zeta PARTITION OF metrics FOR VALUES IN ('zeta') PARTITION BY HASH (at);
CREATE TABLE metrics_zeta_0 PARTITION OF metrics_zeta FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE metrics_zeta_1 PARTITION OF metrics_zeta FOR VALUES WITH (MODULUS 2, REMAINDER 1);

-- 2023 is detached and kept as a standalone archive table.
CREATE TABLE logs (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    line text NOT NULL
) PARTITION BY RANGE (logged_on);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2023 (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    line text NOT NULL
);

CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE events_2026h1 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');

CREATE INDEX events_kind_idx ON events (kind);

CREATE TABLE metrics (
    name text NOT NULL,
    value numeric
) PARTITION BY LIST (name);

CREATE TABLE metrics_cpu PARTITION OF metrics FOR VALUES IN ('cpu');

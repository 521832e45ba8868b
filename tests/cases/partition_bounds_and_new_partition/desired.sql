CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL,
    source text,
    PRIMARY KEY (id, happened_on)
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- widened from a half year to the whole year
CREATE TABLE events_2026h1 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE TABLE events_default PARTITION OF events DEFAULT;

CREATE INDEX events_kind_idx ON events (kind);

CREATE INDEX events_source_idx ON events (source) WHERE source IS NOT NULL;

CREATE TABLE metrics (
    name text NOT NULL,
    value numeric
) PARTITION BY LIST (name);

CREATE TABLE metrics_cpu PARTITION OF metrics FOR VALUES IN ('cpu', 'load');

CREATE TABLE metrics_mem PARTITION OF metrics FOR VALUES IN ('mem');

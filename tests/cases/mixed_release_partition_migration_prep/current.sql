-- Mixed release partition migration prep.
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind text NOT NULL,
    data jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025_01 PARTITION OF events FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2025-02-01 00:00+00');
CREATE TABLE events_2025_02 PARTITION OF events FOR VALUES FROM ('2025-02-01 00:00+00') TO ('2025-03-01 00:00+00');
CREATE INDEX events_kind_idx ON events (kind);
CREATE VIEW recent_event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;

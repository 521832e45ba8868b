-- Mixed release partition migration prep.
CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind varchar(64) NOT NULL,
    data jsonb NOT NULL DEFAULT '{}',
    source text,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025_02 PARTITION OF events FOR VALUES FROM ('2025-02-01 00:00+00') TO ('2025-03-01 00:00+00');
CREATE TABLE events_2025_03 PARTITION OF events FOR VALUES FROM ('2025-03-01 00:00+00') TO ('2025-04-01 00:00+00');
CREATE INDEX events_kind_idx ON events (kind, occurred_at);
CREATE INDEX events_data_idx ON events USING gin (data);
CREATE VIEW recent_event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;

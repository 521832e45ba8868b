-- Table storage parameters (fillfactor, autovacuum_*): changed, added,
-- reset, and on a new table and a new partition.
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    last_seen timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 90, autovacuum_enabled = false);

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

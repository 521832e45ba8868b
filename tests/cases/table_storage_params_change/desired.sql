-- Table storage parameters (fillfactor, autovacuum_*): changed, added,
-- reset, and on a new table and a new partition.
CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    last_seen timestamptz NOT NULL DEFAULT now()
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_threshold = 500);

CREATE TABLE audit (id bigint PRIMARY KEY, note text) WITH (fillfactor = 100, autovacuum_enabled = off);

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    WITH (fillfactor = 80);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    WITH (autovacuum_vacuum_insert_threshold = 10000);

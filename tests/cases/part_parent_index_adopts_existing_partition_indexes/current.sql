-- Each partition got its own index by hand (built CONCURRENTLY in production).
CREATE TABLE events (
    id bigint NOT NULL,
    at date NOT NULL,
    account_id bigint NOT NULL
) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_2025_account_id_idx ON events_2025 (account_id);
CREATE INDEX events_2026_account_id_idx ON events_2026 (account_id);

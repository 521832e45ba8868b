CREATE TABLE sites (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE events (
    id bigint NOT NULL,
    happened date NOT NULL,
    kind text NOT NULL,
    site_id integer NOT NULL DEFAULT 1 REFERENCES sites (id),
    PRIMARY KEY (id, happened),
    CONSTRAINT events_kind_check CHECK (kind <> '')
) PARTITION BY RANGE (happened);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;
CREATE INDEX events_site_idx ON events (site_id, happened);

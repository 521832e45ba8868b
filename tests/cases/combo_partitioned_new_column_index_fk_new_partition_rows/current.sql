CREATE TABLE sites (
    id integer PRIMARY KEY,
    name text
);
CREATE TABLE events (
    id bigint NOT NULL,
    happened date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, happened)
) PARTITION BY RANGE (happened);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_default PARTITION OF events DEFAULT;

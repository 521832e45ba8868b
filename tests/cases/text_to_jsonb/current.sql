-- Text to jsonb.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    payload text NOT NULL DEFAULT '{}',
    meta text
);
CREATE VIEW recent_events AS SELECT id, kind, payload FROM events WHERE id > 0;

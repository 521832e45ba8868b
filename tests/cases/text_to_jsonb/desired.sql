-- Text to jsonb.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    meta jsonb
);
CREATE INDEX events_payload_gin ON events USING gin (payload jsonb_path_ops);
CREATE VIEW recent_events AS SELECT id, kind, payload, payload->>'user' AS user_name FROM events WHERE id > 0;

CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL,
    labels text[] NOT NULL DEFAULT '{}'
);

CREATE INDEX events_payload_idx ON events USING gin (payload jsonb_path_ops);
CREATE INDEX events_labels_idx ON events USING gin (labels);

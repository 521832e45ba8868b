-- Index storage param change.
CREATE TABLE queue (id bigint PRIMARY KEY, run_at timestamptz NOT NULL, payload jsonb);
CREATE INDEX queue_run_at_idx ON queue (run_at) WITH (fillfactor = 70);
CREATE INDEX queue_payload_idx ON queue USING gin (payload);

-- Index storage param change.
CREATE TABLE queue (id bigint PRIMARY KEY, run_at timestamptz NOT NULL, payload jsonb);
CREATE INDEX queue_run_at_idx ON queue (run_at) WITH (fillfactor = 90, deduplicate_items = off);
CREATE INDEX queue_payload_idx ON queue USING gin (payload jsonb_path_ops) WITH (fastupdate = off);

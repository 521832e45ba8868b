CREATE TABLE jobs (
    id bigint PRIMARY KEY,
    state text NOT NULL,
    run_at timestamptz NOT NULL,
    attempts integer NOT NULL DEFAULT 0
);

CREATE INDEX jobs_pending_idx ON jobs (run_at) WHERE state IN ('pending', 'retry') AND attempts < 5;

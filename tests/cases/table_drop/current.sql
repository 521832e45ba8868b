CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    payload jsonb,
    CONSTRAINT audit_log_payload_check CHECK (jsonb_typeof(payload) = 'object')
);

CREATE INDEX audit_log_happened_at_idx ON audit_log (happened_at);

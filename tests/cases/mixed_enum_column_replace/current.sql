CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    is_active boolean NOT NULL DEFAULT true,
    cancel_reason text,
    CONSTRAINT subscriptions_reason_check CHECK (is_active OR cancel_reason IS NOT NULL)
);

CREATE INDEX subscriptions_active_idx ON subscriptions (id) WHERE is_active;

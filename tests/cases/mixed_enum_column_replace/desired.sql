CREATE TYPE subscription_state AS ENUM ('trial', 'active', 'past_due', 'cancelled');

CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    state subscription_state NOT NULL DEFAULT 'trial',
    cancel_reason text,
    CONSTRAINT subscriptions_reason_check CHECK (state <> 'cancelled' OR cancel_reason IS NOT NULL)
);

CREATE INDEX subscriptions_active_idx ON subscriptions (id) WHERE state IN ('trial', 'active');

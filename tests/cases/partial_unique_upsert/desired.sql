-- Partial unique upsert.
CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id int NOT NULL,
    plan text NOT NULL,
    canceled_at timestamptz,
    paused boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX subscriptions_active_uq ON subscriptions (user_id) WHERE canceled_at IS NULL AND NOT paused;
CREATE INDEX subscriptions_plan_idx ON subscriptions (plan) WHERE canceled_at IS NULL;

-- Partial unique upsert.
CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id int NOT NULL,
    plan text NOT NULL,
    canceled_at timestamptz
);
CREATE UNIQUE INDEX subscriptions_active_uq ON subscriptions (user_id) WHERE canceled_at IS NULL;

-- Comments survive constraint and index rebuild.
CREATE TABLE subscriptions (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    plan text NOT NULL,
    CONSTRAINT subscriptions_pkey PRIMARY KEY (account_id, id),
    CONSTRAINT subscriptions_plan_check CHECK (plan IN ('free', 'pro', 'enterprise'))
);
CREATE INDEX subscriptions_account_idx ON subscriptions (account_id, plan);
COMMENT ON CONSTRAINT subscriptions_pkey ON subscriptions IS 'surrogate key';
COMMENT ON CONSTRAINT subscriptions_plan_check ON subscriptions IS 'known plans';
COMMENT ON INDEX subscriptions_account_idx IS 'lookup by account';

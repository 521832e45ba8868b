CREATE TYPE tier AS ENUM ('free', 'pro', 'enterprise');
CREATE FUNCTION tier_limit(t tier DEFAULT 'free') RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE t WHEN 'pro' THEN 100 WHEN 'enterprise' THEN 10000 ELSE 1 END $$;
CREATE TABLE plans (
    id integer PRIMARY KEY,
    t tier NOT NULL DEFAULT 'free',
    seats integer NOT NULL DEFAULT 1,
    CONSTRAINT plans_seats_check CHECK (seats <= tier_limit(t))
);
CREATE INDEX plans_limit_idx ON plans (tier_limit(t));

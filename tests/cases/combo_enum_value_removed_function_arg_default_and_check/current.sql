CREATE TYPE tier AS ENUM ('free', 'trial', 'pro');
CREATE FUNCTION tier_limit(t tier DEFAULT 'free') RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE t WHEN 'pro' THEN 100 ELSE 1 END $$;
CREATE TABLE plans (
    id integer PRIMARY KEY,
    t tier NOT NULL DEFAULT 'free',
    seats integer NOT NULL DEFAULT 1,
    CONSTRAINT plans_seats_check CHECK (seats <= tier_limit(t))
);

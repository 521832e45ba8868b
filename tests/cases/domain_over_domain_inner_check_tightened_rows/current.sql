CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN percentage AS positive_int CHECK (VALUE <= 1000);
CREATE TABLE discounts (
    code text PRIMARY KEY,
    pct percentage NOT NULL
);

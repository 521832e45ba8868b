CREATE DOMAIN positive_int AS integer CONSTRAINT positive_int_check CHECK (VALUE > 0) CONSTRAINT positive_int_sane CHECK (VALUE < 1000000);
CREATE DOMAIN percentage AS positive_int CHECK (VALUE <= 100);
CREATE TABLE discounts (
    code text PRIMARY KEY,
    pct percentage NOT NULL
);

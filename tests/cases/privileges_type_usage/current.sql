CREATE SCHEMA app;

CREATE TYPE app.status AS ENUM ('new', 'done');

CREATE DOMAIN app.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

CREATE TYPE app.pair AS (a integer, b integer);

CREATE TYPE app.int_span AS RANGE (subtype = integer);

REVOKE USAGE ON TYPE app.pair FROM PUBLIC;

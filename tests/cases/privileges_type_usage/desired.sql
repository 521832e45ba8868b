-- USAGE on types: revoked from PUBLIC on an enum, a domain and a range, given back to PUBLIC on a composite, granted to roles.
CREATE SCHEMA app;

CREATE TYPE app.status AS ENUM ('new', 'done');

CREATE DOMAIN app.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');

CREATE TYPE app.pair AS (a integer, b integer);

CREATE TYPE app.int_span AS RANGE (subtype = integer);

REVOKE USAGE ON TYPE app.status FROM PUBLIC;
GRANT USAGE ON TYPE app.status TO sd_writer;
REVOKE USAGE ON DOMAIN app.email FROM PUBLIC;
GRANT USAGE ON DOMAIN app.email TO sd_reader, sd_writer;
REVOKE USAGE ON TYPE app.int_span FROM PUBLIC;
GRANT USAGE ON TYPE app.int_span TO sd_admin WITH GRANT OPTION;

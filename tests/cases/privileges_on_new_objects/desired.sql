-- Grants on objects the plan creates (schema, table, view, matview, sequence, function, type) and on a new column of an existing table.
CREATE SCHEMA app;
CREATE SCHEMA reporting;

CREATE TABLE app.customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    tier text
);

CREATE TYPE app.tier AS ENUM ('free', 'pro');

CREATE SEQUENCE app.invoice_seq;

CREATE TABLE app.invoices (
    id bigint PRIMARY KEY DEFAULT nextval('app.invoice_seq'),
    customer_id integer NOT NULL REFERENCES app.customers (id)
);

CREATE VIEW reporting.customer_names AS
    SELECT id, name FROM app.customers;

CREATE MATERIALIZED VIEW reporting.invoice_counts AS
    SELECT customer_id, count(*) AS n FROM app.invoices GROUP BY customer_id;

CREATE FUNCTION reporting.customer_count() RETURNS bigint
    LANGUAGE sql
    STABLE
    AS $$ SELECT count(*) FROM app.customers $$;

GRANT SELECT ON app.customers TO sd_reader;
GRANT SELECT (id, tier), UPDATE (tier) ON app.customers TO sd_writer;
GRANT USAGE ON SCHEMA reporting TO sd_reader;
GRANT SELECT, INSERT ON app.invoices TO sd_writer;
GRANT USAGE ON SEQUENCE app.invoice_seq TO sd_writer;
GRANT USAGE ON TYPE app.tier TO sd_writer;
GRANT SELECT ON reporting.customer_names, reporting.invoice_counts TO sd_reader;
REVOKE EXECUTE ON FUNCTION reporting.customer_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.customer_count() TO sd_reader;

-- schemadiff plan
-- source fingerprint: 7ec2db5f4ecb3b50
-- target fingerprint: cac23fc0f378c19d
-- 21 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE SCHEMA reporting;

CREATE TYPE app.tier AS ENUM ('free', 'pro');

CREATE SEQUENCE app.invoice_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE OR REPLACE FUNCTION reporting.customer_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*) FROM app.customers $function$;

REVOKE ALL ON FUNCTION reporting.customer_count() FROM PUBLIC;

CREATE TABLE app.invoices (
    id bigint DEFAULT nextval('app.invoice_seq'::regclass) NOT NULL,
    customer_id integer NOT NULL
);

ALTER TABLE app.customers ADD COLUMN tier text;

ALTER TABLE app.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

ALTER TABLE app.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id);

CREATE VIEW reporting.customer_names AS
SELECT id, name FROM app.customers;

CREATE MATERIALIZED VIEW reporting.invoice_counts AS
 SELECT invoices.customer_id,
    count(*) AS n
   FROM app.invoices
  GROUP BY invoices.customer_id;

GRANT USAGE ON SCHEMA reporting TO sd_reader;

GRANT SELECT (id) ON TABLE app.customers TO sd_writer;

GRANT SELECT (tier), UPDATE (tier) ON TABLE app.customers TO sd_writer;

GRANT USAGE ON SEQUENCE app.invoice_seq TO sd_writer;

GRANT INSERT, SELECT ON TABLE app.invoices TO sd_writer;

GRANT USAGE ON TYPE app.tier TO PUBLIC;

GRANT USAGE ON TYPE app.tier TO sd_writer;

GRANT EXECUTE ON FUNCTION reporting.customer_count() TO sd_reader;

GRANT SELECT ON TABLE reporting.customer_names TO sd_reader;

GRANT SELECT ON TABLE reporting.invoice_counts TO sd_reader;

COMMIT;

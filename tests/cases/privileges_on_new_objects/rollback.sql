-- schemadiff rollback
-- source fingerprint: cac23fc0f378c19d
-- target fingerprint: 7ec2db5f4ecb3b50
-- 9 statements; hazards: data-loss,irreversible

BEGIN;

REVOKE SELECT (id) ON TABLE app.customers FROM sd_writer;

DROP VIEW reporting.customer_names;

DROP MATERIALIZED VIEW reporting.invoice_counts;

-- hazard: data-loss,irreversible
ALTER TABLE app.customers DROP COLUMN tier;

-- hazard: data-loss,irreversible
DROP TABLE app.invoices;

DROP FUNCTION reporting.customer_count();

-- hazard: irreversible
DROP SEQUENCE app.invoice_seq;

DROP TYPE app.tier;

DROP SCHEMA reporting;

COMMIT;

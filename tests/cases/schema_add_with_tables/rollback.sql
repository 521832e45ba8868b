-- schemadiff rollback
-- source fingerprint: a23b90a03b3c6f9f
-- target fingerprint: d4a8a97168d2e2ed
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE billing.invoice_lines DROP CONSTRAINT invoice_lines_invoice_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE billing.invoice_lines;

-- hazard: data-loss,irreversible
DROP TABLE billing.invoices;

DROP TYPE billing.invoice_state;

DROP SCHEMA billing;

COMMIT;

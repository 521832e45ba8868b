-- schemadiff rollback
-- source fingerprint: 5d89c1420ea4c9fc
-- target fingerprint: 38c5e0a60b3a4b64
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

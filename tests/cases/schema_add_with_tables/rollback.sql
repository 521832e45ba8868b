-- schemadiff rollback
-- source fingerprint: 08be63fec290ae17
-- target fingerprint: 97dc5f9d45d9198f
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

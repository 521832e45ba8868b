-- schemadiff rollback
-- source fingerprint: 9dcc0d6b88ff7a07
-- target fingerprint: 9343268285cefd17
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

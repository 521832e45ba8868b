-- schemadiff rollback
-- source fingerprint: 6658ba04111a19d1
-- target fingerprint: c82ad018504dbfd2
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

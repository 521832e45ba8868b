-- schemadiff rollback
-- source fingerprint: 1d5282650ae48218
-- target fingerprint: 190bd4264a3c56a3
-- 13 statements; hazards: none

BEGIN;

COMMENT ON COLUMN billing.invoices.number IS NULL;

COMMENT ON COLUMN billing.unpaid_invoices.amount IS NULL;

COMMENT ON POLICY invoices_visible ON billing.invoices IS NULL;

COMMENT ON SEQUENCE billing.invoice_number_seq IS NULL;

COMMENT ON TYPE billing.invoice_state IS NULL;

COMMENT ON SCHEMA billing IS 'Billing domain';

COMMENT ON COLUMN billing.invoices.amount IS 'Gross amount';

COMMENT ON CONSTRAINT invoices_amount_positive ON billing.invoices IS 'No zero invoices';

COMMENT ON INDEX billing.invoices_state_idx IS 'Lookup by state';

COMMENT ON TABLE billing.invoices IS 'Invoices issued to customers';

COMMENT ON FUNCTION billing.touch() IS 'Sets updated_at';

COMMENT ON TRIGGER invoices_touch ON billing.invoices IS 'Keeps updated_at current';

COMMENT ON VIEW billing.unpaid_invoices IS 'Invoices awaiting payment';

COMMIT;

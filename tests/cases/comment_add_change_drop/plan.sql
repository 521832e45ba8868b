-- schemadiff plan
-- source fingerprint: 190bd4264a3c56a3
-- target fingerprint: 1d5282650ae48218
-- 13 statements; hazards: none

BEGIN;

COMMENT ON FUNCTION billing.touch() IS NULL;

COMMENT ON TRIGGER invoices_touch ON billing.invoices IS NULL;

COMMENT ON VIEW billing.unpaid_invoices IS NULL;

COMMENT ON SCHEMA billing IS 'Billing domain: invoices and payments';

COMMENT ON COLUMN billing.invoices.amount IS 'Gross amount, VAT included';

COMMENT ON CONSTRAINT invoices_amount_positive ON billing.invoices IS 'Credit notes are a separate table';

COMMENT ON INDEX billing.invoices_state_idx IS 'Lookup by state for the dunning job';

COMMENT ON TABLE billing.invoices IS 'Invoices issued to customers (one per order)';

COMMENT ON COLUMN billing.invoices.number IS 'Human-facing invoice number';

COMMENT ON COLUMN billing.unpaid_invoices.amount IS 'Amount still due';

COMMENT ON POLICY invoices_visible ON billing.invoices IS 'Drafts are private';

COMMENT ON SEQUENCE billing.invoice_number_seq IS 'Invoice numbers start at 1000';

COMMENT ON TYPE billing.invoice_state IS 'Lifecycle of an invoice';

COMMIT;

CREATE SCHEMA billing;

CREATE TYPE billing.invoice_state AS ENUM ('draft', 'sent', 'paid');

CREATE SEQUENCE billing.invoice_number_seq START 1000;

CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    number integer NOT NULL DEFAULT nextval('billing.invoice_number_seq'),
    state billing.invoice_state NOT NULL DEFAULT 'draft',
    amount numeric(12,2) NOT NULL,
    updated_at timestamptz,
    CONSTRAINT invoices_amount_positive CHECK (amount > 0)
);

ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoices.number;

CREATE INDEX invoices_state_idx ON billing.invoices (state);

CREATE VIEW billing.unpaid_invoices AS
    SELECT id, number, amount FROM billing.invoices WHERE state <> 'paid';

CREATE FUNCTION billing.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER invoices_touch
    BEFORE UPDATE ON billing.invoices
    FOR EACH ROW
    EXECUTE FUNCTION billing.touch();

ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;

CREATE POLICY invoices_visible ON billing.invoices
    FOR SELECT
    USING (state <> 'draft');

-- comments that will be changed
COMMENT ON SCHEMA billing IS 'Billing domain';
COMMENT ON TABLE billing.invoices IS 'Invoices issued to customers';
COMMENT ON COLUMN billing.invoices.amount IS 'Gross amount';
COMMENT ON INDEX billing.invoices_state_idx IS 'Lookup by state';
COMMENT ON CONSTRAINT invoices_amount_positive ON billing.invoices IS 'No zero invoices';

-- comments that will be dropped
COMMENT ON VIEW billing.unpaid_invoices IS 'Invoices awaiting payment';
COMMENT ON FUNCTION billing.touch() IS 'Sets updated_at';
COMMENT ON TRIGGER invoices_touch ON billing.invoices IS 'Keeps updated_at current';

-- Mixed release billing v2.
CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'overdue', 'paid', 'void');
CREATE TABLE billing.customers (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES billing.customers (id) ON DELETE RESTRICT,
    status billing.invoice_status NOT NULL DEFAULT 'draft',
    amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
    issued_at timestamptz,
    due_at timestamptz
);
CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id, status);
CREATE INDEX invoices_overdue_idx ON billing.invoices (due_at) WHERE status = 'overdue';
CREATE VIEW billing.open_invoices AS
    SELECT i.id, c.email, i.amount_cents, i.due_at FROM billing.invoices i JOIN billing.customers c ON c.id = i.customer_id
    WHERE i.status NOT IN ('paid', 'void');
CREATE FUNCTION billing.invoice_total(p_customer bigint) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT sum(amount_cents)::bigint FROM billing.invoices WHERE customer_id = p_customer $$;
COMMENT ON TABLE billing.invoices IS 'one row per issued invoice';

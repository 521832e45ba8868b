-- Mixed release billing v2.
CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE billing.customers (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text
);
CREATE TABLE billing.invoices (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES billing.customers (id),
    status billing.invoice_status NOT NULL DEFAULT 'draft',
    amount_cents integer NOT NULL,
    issued_at timestamp
);
CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id);
CREATE VIEW billing.open_invoices AS
    SELECT i.id, c.email, i.amount_cents FROM billing.invoices i JOIN billing.customers c ON c.id = i.customer_id
    WHERE i.status <> 'paid';
CREATE FUNCTION billing.invoice_total(p_customer integer) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT sum(amount_cents) FROM billing.invoices WHERE customer_id = p_customer $$;

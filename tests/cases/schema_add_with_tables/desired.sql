CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE SCHEMA billing;

CREATE TYPE billing.invoice_state AS ENUM ('open', 'paid', 'void');

CREATE SEQUENCE billing.invoice_number_seq START WITH 10000;

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('billing.invoice_number_seq') UNIQUE,
    customer_id integer NOT NULL REFERENCES public.customers (id),
    state billing.invoice_state NOT NULL DEFAULT 'open',
    total numeric(12,2) NOT NULL CHECK (total >= 0)
);

CREATE TABLE billing.invoice_lines (
    invoice_id bigint NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    amount numeric(12,2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id) WHERE state = 'open';

ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoices.number;

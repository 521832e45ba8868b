CREATE SCHEMA legacy_billing;
CREATE TYPE legacy_billing.state AS ENUM ('open', 'paid');
CREATE TABLE legacy_billing.invoices (id int PRIMARY KEY, state legacy_billing.state NOT NULL DEFAULT 'open');
CREATE INDEX invoices_state_idx ON legacy_billing.invoices (state);
CREATE VIEW legacy_billing.open_invoices AS SELECT id FROM legacy_billing.invoices WHERE state = 'open';
CREATE TABLE public.payments (id int PRIMARY KEY, invoice_id int REFERENCES legacy_billing.invoices (id));

CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE billing.invoices (id int PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open');
CREATE INDEX invoices_state_idx ON billing.invoices (state);
CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoices WHERE state = 'open';
CREATE TABLE public.payments (id int PRIMARY KEY, invoice_id int REFERENCES billing.invoices (id));

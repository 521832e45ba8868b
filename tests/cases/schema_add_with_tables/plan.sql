-- schemadiff plan
-- source fingerprint: 9343268285cefd17
-- target fingerprint: 9dcc0d6b88ff7a07
-- 13 statements; hazards: none

SET search_path = public;

BEGIN;

CREATE SCHEMA billing;

CREATE TYPE billing.invoice_state AS ENUM ('open', 'paid', 'void');

CREATE SEQUENCE billing.invoice_number_seq AS bigint START WITH 10000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE TABLE billing.invoice_lines (
    invoice_id bigint NOT NULL,
    line_no integer NOT NULL,
    amount numeric(12,2) NOT NULL
);

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME billing.invoices_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
    number bigint DEFAULT nextval('billing.invoice_number_seq'::regclass) NOT NULL,
    customer_id integer NOT NULL,
    state billing.invoice_state DEFAULT 'open'::billing.invoice_state NOT NULL,
    total numeric(12,2) NOT NULL
);

ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoices.number;

ALTER TABLE billing.invoice_lines ADD CONSTRAINT invoice_lines_pkey PRIMARY KEY (invoice_id, line_no);

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_total_check CHECK (total >= 0);

ALTER TABLE billing.invoice_lines ADD CONSTRAINT invoice_lines_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoices(id) ON DELETE CASCADE;

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);

CREATE INDEX invoices_customer_idx ON billing.invoices USING btree (customer_id) WHERE state = 'open';

COMMIT;

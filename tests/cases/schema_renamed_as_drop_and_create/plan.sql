-- schemadiff plan
-- source fingerprint: c6adb065e1949c97
-- target fingerprint: f435371f50b40de2
-- 12 statements; hazards: data-loss,long-lock,irreversible

SET search_path = public;

BEGIN;

DROP VIEW legacy_billing.open_invoices;

ALTER TABLE public.payments DROP CONSTRAINT payments_invoice_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE legacy_billing.invoices;

DROP TYPE legacy_billing.state;

DROP SCHEMA legacy_billing;

CREATE SCHEMA billing;

CREATE TYPE billing.state AS ENUM ('open', 'paid');

CREATE TABLE billing.invoices (
    id integer NOT NULL,
    state billing.state DEFAULT 'open'::billing.state NOT NULL
);

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.payments ADD CONSTRAINT payments_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoices(id);

CREATE INDEX invoices_state_idx ON billing.invoices USING btree (state);

CREATE VIEW billing.open_invoices AS
SELECT id FROM billing.invoices WHERE state = 'open';

COMMIT;

-- schemadiff rollback
-- source fingerprint: f435371f50b40de2
-- target fingerprint: c6adb065e1949c97
-- 12 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP VIEW billing.open_invoices;

ALTER TABLE public.payments DROP CONSTRAINT payments_invoice_id_fkey;

-- hazard: data-loss,irreversible
DROP TABLE billing.invoices;

DROP TYPE billing.state;

DROP SCHEMA billing;

CREATE SCHEMA legacy_billing;

CREATE TYPE legacy_billing.state AS ENUM ('open', 'paid');

CREATE TABLE legacy_billing.invoices (
    id integer NOT NULL,
    state legacy_billing.state DEFAULT 'open'::legacy_billing.state NOT NULL
);

ALTER TABLE legacy_billing.invoices ADD CONSTRAINT invoices_pkey PRIMARY KEY (id);

-- hazard: long-lock
ALTER TABLE public.payments ADD CONSTRAINT payments_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES legacy_billing.invoices(id);

CREATE INDEX invoices_state_idx ON legacy_billing.invoices USING btree (state);

CREATE VIEW legacy_billing.open_invoices AS
 SELECT invoices.id
   FROM legacy_billing.invoices
  WHERE (invoices.state = 'open'::legacy_billing.state);

COMMIT;

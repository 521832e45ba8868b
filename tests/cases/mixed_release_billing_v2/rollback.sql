-- schemadiff rollback
-- source fingerprint: f2836c1aed5e8359
-- target fingerprint: 6b6a58e78418af4b
-- 26 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

COMMENT ON TABLE billing.invoices IS NULL;

DROP VIEW billing.open_invoices;

DROP INDEX billing.invoices_customer_idx;

DROP INDEX billing.invoices_overdue_idx;

ALTER TABLE billing.invoices DROP CONSTRAINT invoices_customer_id_fkey;

ALTER TABLE billing.invoices DROP CONSTRAINT invoices_amount_cents_check;

ALTER TABLE billing.customers DROP CONSTRAINT customers_email_key;

-- hazard: data-loss,irreversible
ALTER TABLE billing.customers DROP COLUMN created_at;

-- hazard: data-loss,irreversible
ALTER TABLE billing.invoices DROP COLUMN due_at;

DROP FUNCTION billing.invoice_total(p_customer bigint);

ALTER TYPE billing.invoice_status RENAME TO invoice_status__schemadiff_old;

CREATE TYPE billing.invoice_status AS ENUM ('draft', 'sent', 'paid');

-- hazard: rewrite
ALTER TABLE billing.customers ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN amount_cents TYPE integer USING amount_cents::integer;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN customer_id TYPE integer USING customer_id::integer;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN id TYPE integer USING id::integer;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN issued_at TYPE timestamp without time zone USING issued_at::timestamp without time zone;

ALTER TABLE billing.invoices ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN status TYPE billing.invoice_status USING status::text::billing.invoice_status;

ALTER TABLE billing.invoices ALTER COLUMN status SET DEFAULT 'draft'::billing.invoice_status;

DROP TYPE billing.invoice_status__schemadiff_old;

CREATE OR REPLACE FUNCTION billing.invoice_total(p_customer integer)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT sum(amount_cents) FROM billing.invoices WHERE customer_id = p_customer $function$;

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES billing.customers(id) NOT VALID;

CREATE VIEW billing.open_invoices AS
 SELECT i.id,
    c.email,
    i.amount_cents
   FROM (billing.invoices i
     JOIN billing.customers c ON ((c.id = i.customer_id)))
  WHERE (i.status <> 'paid'::billing.invoice_status);

COMMIT;

ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_customer_id_fkey;

CREATE INDEX CONCURRENTLY invoices_customer_idx ON billing.invoices USING btree (customer_id);

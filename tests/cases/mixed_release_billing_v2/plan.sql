-- schemadiff plan
-- source fingerprint: 6b6a58e78418af4b
-- target fingerprint: f2836c1aed5e8359
-- 24 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE billing.invoice_status ADD VALUE 'overdue' AFTER 'sent';

ALTER TYPE billing.invoice_status ADD VALUE 'void' AFTER 'paid';

COMMIT;

BEGIN;

DROP VIEW billing.open_invoices;

DROP INDEX billing.invoices_customer_idx;

ALTER TABLE billing.invoices DROP CONSTRAINT invoices_customer_id_fkey;

DROP FUNCTION billing.invoice_total(p_customer integer);

-- hazard: rewrite
ALTER TABLE billing.customers ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN amount_cents TYPE bigint USING amount_cents::bigint;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN customer_id TYPE bigint USING customer_id::bigint;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN id TYPE bigint USING id::bigint;

-- hazard: rewrite
ALTER TABLE billing.invoices ALTER COLUMN issued_at TYPE timestamp with time zone USING issued_at::timestamp with time zone;

CREATE OR REPLACE FUNCTION billing.invoice_total(p_customer bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT sum(amount_cents)::bigint FROM billing.invoices WHERE customer_id = p_customer $function$;

ALTER TABLE billing.customers ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE billing.invoices ADD COLUMN due_at timestamp with time zone;

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_amount_cents_check CHECK (amount_cents >= 0) NOT VALID;

ALTER TABLE billing.invoices ADD CONSTRAINT invoices_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES billing.customers(id) ON DELETE RESTRICT NOT VALID;

CREATE VIEW billing.open_invoices AS
SELECT i.id, c.email, i.amount_cents, i.due_at FROM billing.invoices i JOIN billing.customers c ON c.id = i.customer_id
    WHERE i.status NOT IN ('paid', 'void');

COMMENT ON TABLE billing.invoices IS 'one row per issued invoice';

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON billing.customers (email);

ALTER TABLE billing.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;

ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_amount_cents_check;

ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_customer_id_fkey;

CREATE INDEX CONCURRENTLY invoices_customer_idx ON billing.invoices USING btree (customer_id, status);

CREATE INDEX CONCURRENTLY invoices_overdue_idx ON billing.invoices USING btree (due_at) WHERE status = 'overdue';

-- schemadiff plan
-- source fingerprint: 91a99ef88aa30101
-- target fingerprint: 3ceb615b89d08782
-- 26 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TYPE public.invoice_status ADD VALUE 'overdue' AFTER 'sent';

COMMIT;

BEGIN;

DROP VIEW public.active_accounts;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_role_check;

ALTER SEQUENCE public.invoices_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE OR REPLACE FUNCTION public.audit()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO audit_log (table_name, op, row_id, changes)
  VALUES (TG_TABLE_NAME, TG_OP, COALESCE(NEW.id, OLD.id),
          CASE TG_OP WHEN 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END);
  RETURN NULL;
END $function$;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN row_id TYPE bigint USING row_id::bigint;

ALTER TABLE public.invoices ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.invoices ALTER COLUMN id SET DEFAULT nextval('public.invoices_id_seq'::regclass);

ALTER TABLE public.memberships ALTER COLUMN role DROP DEFAULT;

CREATE TYPE public.member_role AS ENUM ('owner', 'admin', 'member', 'billing');

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN role TYPE public.member_role USING role::text::public.member_role;

ALTER TABLE public.memberships ALTER COLUMN role SET DEFAULT 'member'::public.member_role;

CREATE TABLE public.invoice_items (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoice_items_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
    invoice_id bigint NOT NULL,
    description text NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    unit_amount numeric(12,2) NOT NULL
);

ALTER TABLE public.accounts ADD COLUMN plan text DEFAULT 'free'::text NOT NULL;

ALTER TABLE public.audit_log ADD COLUMN changes jsonb;

ALTER TABLE public.invoices ADD COLUMN due_at timestamp with time zone;

ALTER TABLE public.invoice_items ADD CONSTRAINT invoice_items_pkey PRIMARY KEY (id);

ALTER TABLE public.invoice_items ADD CONSTRAINT invoice_items_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoices(id) ON DELETE CASCADE;

CREATE INDEX invoice_items_invoice_idx ON public.invoice_items USING btree (invoice_id);

CREATE VIEW public.active_accounts AS
SELECT id, name, plan, created_at FROM accounts WHERE deleted_at IS NULL;

CREATE VIEW public.receivables AS
SELECT a.id AS account_id, a.name, sum(i.amount) FILTER (WHERE i.status IN ('sent', 'overdue')) AS open_amount,
         count(*) FILTER (WHERE i.status = 'overdue') AS overdue_count
  FROM active_accounts a JOIN invoices i ON i.account_id = a.id GROUP BY a.id, a.name;

CREATE TRIGGER invoice_items_audit AFTER INSERT OR DELETE OR UPDATE ON public.invoice_items FOR EACH ROW EXECUTE FUNCTION public.audit();

COMMIT;

CREATE UNIQUE INDEX CONCURRENTLY invoices_account_number_key ON public.invoices (account_id, number);

ALTER TABLE public.invoices ADD CONSTRAINT invoices_account_number_key UNIQUE USING INDEX invoices_account_number_key;

CREATE INDEX CONCURRENTLY audit_log_table_row_idx ON public.audit_log USING btree (table_name, row_id);

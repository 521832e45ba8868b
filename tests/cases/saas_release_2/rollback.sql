-- schemadiff rollback
-- source fingerprint: 3ceb615b89d08782
-- target fingerprint: 91a99ef88aa30101
-- 28 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.receivables;

DROP VIEW public.active_accounts;

DROP INDEX public.audit_log_table_row_idx;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_account_number_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN plan;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN changes;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN due_at;

-- hazard: data-loss,irreversible
DROP TABLE public.invoice_items;

ALTER TYPE public.invoice_status RENAME TO invoice_status__schemadiff_old;

CREATE TYPE public.invoice_status AS ENUM ('draft', 'sent', 'paid', 'void');

SELECT pg_catalog.setval('public.invoices_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.invoices_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.invoices_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

CREATE OR REPLACE FUNCTION public.audit()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO audit_log (table_name, op, row_id) VALUES (TG_TABLE_NAME, TG_OP, COALESCE(NEW.id, OLD.id));
  RETURN NULL;
END $function$;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN row_id TYPE integer USING row_id::integer;

ALTER TABLE public.invoices ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.invoices ALTER COLUMN id SET DEFAULT nextval('public.invoices_id_seq'::regclass);

ALTER TABLE public.invoices ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN status TYPE public.invoice_status USING status::text::public.invoice_status;

ALTER TABLE public.invoices ALTER COLUMN status SET DEFAULT 'draft'::public.invoice_status;

ALTER TABLE public.memberships ALTER COLUMN role DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN role TYPE text USING role::text::text;

ALTER TABLE public.memberships ALTER COLUMN role SET DEFAULT 'member'::text;

DROP TYPE public.member_role;

DROP TYPE public.invoice_status__schemadiff_old;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_role_check CHECK ((role = ANY (ARRAY['owner'::text, 'admin'::text, 'member'::text]))) NOT VALID;

CREATE VIEW public.active_accounts AS
 SELECT accounts.id,
    accounts.name,
    accounts.created_at
   FROM public.accounts
  WHERE (accounts.deleted_at IS NULL);

COMMIT;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_role_check;

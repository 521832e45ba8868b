-- schemadiff plan
-- source fingerprint: c293506cffa0d7ea
-- target fingerprint: 91a99ef88aa30101
-- 36 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_account_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.users DROP CONSTRAINT users_email_key;

ALTER TABLE public.accounts ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN created_at TYPE timestamp with time zone USING created_at::timestamp with time zone;

ALTER TABLE public.accounts ALTER COLUMN created_at SET DEFAULT now();

ALTER TABLE public.audit_log ALTER COLUMN at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN at TYPE timestamp with time zone USING at::timestamp with time zone;

ALTER TABLE public.audit_log ALTER COLUMN at SET DEFAULT now();

ALTER TABLE public.invoices ALTER COLUMN amount TYPE numeric(12,2);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN issued_at TYPE timestamp with time zone USING issued_at::timestamp with time zone;

ALTER TABLE public.invoices ALTER COLUMN status DROP DEFAULT;

ALTER TABLE public.users ALTER COLUMN email TYPE character varying(254);

CREATE TYPE public.invoice_status AS ENUM ('draft', 'sent', 'paid', 'void');

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN status TYPE public.invoice_status USING status::text::public.invoice_status;

ALTER TABLE public.invoices ALTER COLUMN status SET DEFAULT 'draft'::public.invoice_status;

CREATE SEQUENCE public.invoice_number_seq AS bigint START WITH 1000 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $function$;

ALTER TABLE public.accounts ADD COLUMN deleted_at timestamp with time zone;

ALTER TABLE public.audit_log ADD COLUMN actor text DEFAULT CURRENT_USER;

-- hazard: rewrite
ALTER TABLE public.invoices ADD COLUMN number integer DEFAULT nextval('public.invoice_number_seq'::regclass) NOT NULL;

ALTER TABLE public.invoices ADD COLUMN updated_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE public.users ADD COLUMN last_login_at timestamp with time zone;

ALTER TABLE public.invoices ADD CONSTRAINT invoices_amount_check CHECK (amount >= 0) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_role_check CHECK (role IN ('owner', 'admin', 'member')) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX users_email_lower_key ON public.users USING btree (lower((email)::text));

CREATE VIEW public.active_accounts AS
SELECT id, name, created_at FROM accounts WHERE deleted_at IS NULL;

CREATE TRIGGER invoices_touch BEFORE UPDATE ON public.invoices FOR EACH ROW EXECUTE FUNCTION public.touch();

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_amount_check;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_role_check;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_account_id_fkey;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_user_id_fkey;

CREATE INDEX CONCURRENTLY invoices_account_status_idx ON public.invoices USING btree (account_id, status);

CREATE INDEX CONCURRENTLY memberships_user_idx ON public.memberships USING btree (user_id);

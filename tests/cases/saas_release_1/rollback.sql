-- schemadiff rollback
-- source fingerprint: 91a99ef88aa30101
-- target fingerprint: c293506cffa0d7ea
-- 34 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP TRIGGER invoices_touch ON public.invoices;

DROP VIEW public.active_accounts;

DROP INDEX public.invoices_account_status_idx;

DROP INDEX public.memberships_user_idx;

DROP INDEX public.users_email_lower_key;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_account_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_amount_check;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_role_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.accounts DROP COLUMN deleted_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.audit_log DROP COLUMN actor;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN number;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN updated_at;

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN last_login_at;

DROP FUNCTION public.touch();

-- hazard: irreversible
DROP SEQUENCE public.invoice_number_seq;

ALTER TABLE public.accounts ALTER COLUMN created_at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN created_at TYPE timestamp without time zone USING created_at::timestamp without time zone;

ALTER TABLE public.accounts ALTER COLUMN created_at SET DEFAULT now();

ALTER TABLE public.audit_log ALTER COLUMN at DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.audit_log ALTER COLUMN at TYPE timestamp without time zone USING at::timestamp without time zone;

ALTER TABLE public.audit_log ALTER COLUMN at SET DEFAULT now();

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN amount TYPE numeric(10,2);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN issued_at TYPE timestamp without time zone USING issued_at::timestamp without time zone;

ALTER TABLE public.invoices ALTER COLUMN status DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN status TYPE text USING status::text::text;

ALTER TABLE public.invoices ALTER COLUMN status SET DEFAULT 'draft'::text;

DROP TYPE public.invoice_status;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN email TYPE character varying(100);

-- hazard: long-lock
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);

ALTER TABLE public.memberships ADD CONSTRAINT memberships_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) NOT VALID;

COMMIT;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_account_id_fkey;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_user_id_fkey;

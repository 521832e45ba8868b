-- schemadiff rollback
-- source fingerprint: 8b13114da4453dad
-- target fingerprint: 3ceb615b89d08782
-- 27 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP TRIGGER memberships_audit ON public.memberships;

DROP MATERIALIZED VIEW public.monthly_revenue;

DROP VIEW public.receivables;

DROP VIEW public.active_accounts;

DROP INDEX public.audit_log_at_brin;

DROP INDEX public.invoices_account_status_idx;

DROP INDEX public.memberships_one_owner;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_invited_by_fkey;

ALTER TABLE public.accounts DROP CONSTRAINT accounts_name_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoice_items DROP COLUMN line_total;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN currency;

-- hazard: data-loss,irreversible
ALTER TABLE public.memberships DROP COLUMN invited_by;

SELECT pg_catalog.setval('public.accounts_id_seq', CASE WHEN last_value > 2147483647 THEN 2147483647 ELSE 1 END, last_value > 2147483647) FROM public.accounts_id_seq WHERE last_value > 2147483647 OR last_value < 1;

ALTER SEQUENCE public.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;

ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);

ALTER TABLE public.accounts ALTER COLUMN plan DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN plan TYPE text USING plan::text::text;

ALTER TABLE public.accounts ALTER COLUMN plan SET DEFAULT 'free'::text;

DROP TYPE public.plan_tier;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN account_id TYPE integer USING account_id::integer;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN account_id TYPE integer USING account_id::integer;

CREATE OR REPLACE TRIGGER invoices_touch BEFORE UPDATE ON public.invoices FOR EACH ROW EXECUTE FUNCTION public.touch();

CREATE VIEW public.active_accounts AS
 SELECT accounts.id,
    accounts.name,
    accounts.plan,
    accounts.created_at
   FROM public.accounts
  WHERE (accounts.deleted_at IS NULL);

CREATE VIEW public.receivables AS
 SELECT a.id AS account_id,
    a.name,
    sum(i.amount) FILTER (WHERE (i.status = ANY (ARRAY['sent'::public.invoice_status, 'overdue'::public.invoice_status]))) AS open_amount,
    count(*) FILTER (WHERE (i.status = 'overdue'::public.invoice_status)) AS overdue_count
   FROM (public.active_accounts a
     JOIN public.invoices i ON ((i.account_id = a.id)))
  GROUP BY a.id, a.name;

COMMIT;

CREATE INDEX CONCURRENTLY invoices_account_status_idx ON public.invoices USING btree (account_id, status);

-- schemadiff plan
-- source fingerprint: 3ceb615b89d08782
-- target fingerprint: 8b13114da4453dad
-- 29 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.receivables;

DROP VIEW public.active_accounts;

DROP INDEX public.invoices_account_status_idx;

ALTER SEQUENCE public.accounts_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

ALTER TABLE public.accounts ALTER COLUMN id DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);

ALTER TABLE public.accounts ALTER COLUMN plan DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

-- hazard: rewrite
ALTER TABLE public.memberships ALTER COLUMN account_id TYPE bigint USING account_id::bigint;

CREATE OR REPLACE TRIGGER invoices_touch BEFORE UPDATE ON public.invoices FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.touch();

CREATE TYPE public.plan_tier AS ENUM ('free', 'team', 'enterprise');

-- hazard: rewrite
ALTER TABLE public.accounts ALTER COLUMN plan TYPE public.plan_tier USING plan::text::public.plan_tier;

ALTER TABLE public.accounts ALTER COLUMN plan SET DEFAULT 'free'::public.plan_tier;

-- hazard: rewrite
ALTER TABLE public.invoice_items ADD COLUMN line_total numeric(14,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_amount)) STORED;

ALTER TABLE public.invoices ADD COLUMN currency character(3) DEFAULT 'USD'::bpchar NOT NULL;

ALTER TABLE public.memberships ADD COLUMN invited_by integer;

ALTER TABLE public.accounts ADD CONSTRAINT accounts_name_check CHECK (name <> '') NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES public.users(id) ON DELETE SET NULL NOT VALID;

CREATE VIEW public.active_accounts AS
SELECT id, name, plan, (SELECT count(*) FROM memberships m WHERE m.account_id = accounts.id) AS members, created_at FROM accounts WHERE deleted_at IS NULL;

CREATE MATERIALIZED VIEW public.monthly_revenue AS
 SELECT invoices.account_id,
    date_trunc('month'::text, (invoices.issued_at AT TIME ZONE 'UTC'::text)) AS month,
    sum(invoices.amount) AS revenue
   FROM public.invoices
  WHERE (invoices.status = 'paid'::public.invoice_status)
  GROUP BY invoices.account_id, (date_trunc('month'::text, (invoices.issued_at AT TIME ZONE 'UTC'::text)));

CREATE UNIQUE INDEX monthly_revenue_key ON public.monthly_revenue USING btree (account_id, month);

CREATE VIEW public.receivables AS
SELECT a.id AS account_id, a.name, i.currency, sum(i.amount) FILTER (WHERE i.status IN ('sent', 'overdue')) AS open_amount,
         count(*) FILTER (WHERE i.status = 'overdue') AS overdue_count
  FROM active_accounts a JOIN invoices i ON i.account_id = a.id GROUP BY a.id, a.name, i.currency;

CREATE TRIGGER memberships_audit AFTER INSERT OR DELETE ON public.memberships FOR EACH ROW EXECUTE FUNCTION public.audit();

COMMIT;

ALTER TABLE public.accounts VALIDATE CONSTRAINT accounts_name_check;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_invited_by_fkey;

CREATE INDEX CONCURRENTLY audit_log_at_brin ON public.audit_log USING brin (at);

CREATE INDEX CONCURRENTLY invoices_account_status_idx ON public.invoices USING btree (account_id, status) WHERE status <> 'void';

CREATE UNIQUE INDEX CONCURRENTLY memberships_one_owner ON public.memberships USING btree (account_id) WHERE role = 'owner';

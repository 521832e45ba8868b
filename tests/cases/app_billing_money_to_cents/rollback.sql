-- schemadiff rollback
-- source fingerprint: 23d8d47c6037b30b
-- target fingerprint: 92dde95160b98458
-- 14 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.invoice_totals;

DROP INDEX public.invoices_unpaid_idx;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_amount_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN paid_at;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric(12,2);

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN discount TYPE money USING discount::money;

ALTER TABLE public.invoices ALTER COLUMN tax DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN tax TYPE numeric(12,2) USING tax::numeric(12,2);

ALTER TABLE public.invoices ALTER COLUMN tax DROP NOT NULL;

ALTER TABLE public.invoices ADD COLUMN paid boolean DEFAULT false;

ALTER TABLE public.invoices ADD CONSTRAINT invoices_amount_check CHECK ((amount >= (0)::numeric)) NOT VALID;

CREATE VIEW public.invoice_totals AS
 SELECT invoices.customer_id,
    sum((invoices.amount + COALESCE(invoices.tax, (0)::numeric))) AS total
   FROM public.invoices
  GROUP BY invoices.customer_id;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_amount_check;

CREATE INDEX CONCURRENTLY invoices_unpaid_idx ON public.invoices USING btree (customer_id) WHERE (NOT paid);

-- schemadiff plan
-- source fingerprint: 92dde95160b98458
-- target fingerprint: 23d8d47c6037b30b
-- 17 statements; hazards: data-loss,rewrite,irreversible

SET search_path = public;

BEGIN;

DROP VIEW public.invoice_totals;

DROP INDEX public.invoices_unpaid_idx;

ALTER TABLE public.invoices DROP CONSTRAINT invoices_amount_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.invoices DROP COLUMN paid;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.invoices ALTER COLUMN amount TYPE bigint USING amount::bigint;

-- hazard: rewrite
ALTER TABLE public.invoices ALTER COLUMN discount TYPE numeric(12,2) USING discount::numeric(12,2);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.invoices ALTER COLUMN tax TYPE bigint USING tax::bigint;

ALTER TABLE public.invoices ALTER COLUMN tax SET DEFAULT 0;

ALTER TABLE public.invoices ADD CONSTRAINT schemadiff_nn_71f42ff4d5302e99 CHECK (tax IS NOT NULL) NOT VALID;

ALTER TABLE public.invoices ADD COLUMN paid_at timestamp with time zone;

ALTER TABLE public.invoices ADD CONSTRAINT invoices_amount_check CHECK (amount >= 0) NOT VALID;

CREATE VIEW public.invoice_totals AS
select customer_id, sum(amount + tax) as total
    from invoices group by customer_id;

COMMIT;

ALTER TABLE public.invoices VALIDATE CONSTRAINT schemadiff_nn_71f42ff4d5302e99;

ALTER TABLE public.invoices ALTER COLUMN tax SET NOT NULL;

ALTER TABLE public.invoices DROP CONSTRAINT schemadiff_nn_71f42ff4d5302e99;

ALTER TABLE public.invoices VALIDATE CONSTRAINT invoices_amount_check;

CREATE INDEX CONCURRENTLY invoices_unpaid_idx ON public.invoices USING btree (customer_id) WHERE paid_at is null;

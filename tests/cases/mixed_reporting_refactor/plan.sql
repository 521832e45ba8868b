-- schemadiff plan
-- source fingerprint: 86dd9f5b7c393258
-- target fingerprint: e2db3bd8585d1c61
-- 13 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.merchant_monthly_key;

DROP MATERIALIZED VIEW public.merchant_monthly;

DROP VIEW public.payments_eur;

DROP FUNCTION public.cents_to_eur(cents integer);

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount_cents TYPE bigint USING amount_cents::bigint;

CREATE OR REPLACE FUNCTION public.cents_to_eur(cents bigint)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
AS $function$ SELECT round(cents / 100.0, 2) $function$;

ALTER TABLE public.payments ADD COLUMN refunded boolean DEFAULT false NOT NULL;

CREATE VIEW public.payments_eur AS
SELECT id, merchant_id, cents_to_eur(amount_cents) AS amount_eur, paid_at
    FROM payments
    WHERE NOT refunded;

CREATE MATERIALIZED VIEW public.merchant_monthly AS
 SELECT payments_eur.merchant_id,
    date_trunc('month'::text, payments_eur.paid_at) AS month,
    sum(payments_eur.amount_eur) AS revenue,
    count(*) AS n_payments
   FROM public.payments_eur
  GROUP BY payments_eur.merchant_id, (date_trunc('month'::text, payments_eur.paid_at));

-- hazard: long-lock
CREATE UNIQUE INDEX merchant_monthly_key ON public.merchant_monthly USING btree (merchant_id, month);

CREATE INDEX merchant_monthly_month_idx ON public.merchant_monthly USING btree (month);

COMMENT ON COLUMN public.merchant_monthly.revenue IS 'EUR, refunds excluded';

COMMENT ON MATERIALIZED VIEW public.merchant_monthly IS 'Finance dashboard source';

COMMIT;

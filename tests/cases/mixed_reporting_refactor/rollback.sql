-- schemadiff rollback
-- source fingerprint: e2db3bd8585d1c61
-- target fingerprint: 86dd9f5b7c393258
-- 11 statements; hazards: data-loss,rewrite,long-lock,irreversible

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.merchant_monthly_key;

DROP MATERIALIZED VIEW public.merchant_monthly;

DROP VIEW public.payments_eur;

-- hazard: data-loss,irreversible
ALTER TABLE public.payments DROP COLUMN refunded;

DROP FUNCTION public.cents_to_eur(cents bigint);

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount_cents TYPE integer USING amount_cents::integer;

CREATE OR REPLACE FUNCTION public.cents_to_eur(cents integer)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT round(cents / 100.0, 2) $function$;

CREATE VIEW public.payments_eur AS
 SELECT payments.id,
    payments.merchant_id,
    public.cents_to_eur(payments.amount_cents) AS amount_eur,
    payments.paid_at
   FROM public.payments;

CREATE MATERIALIZED VIEW public.merchant_monthly AS
 SELECT payments_eur.merchant_id,
    date_trunc('month'::text, payments_eur.paid_at) AS month,
    sum(payments_eur.amount_eur) AS revenue
   FROM public.payments_eur
  GROUP BY payments_eur.merchant_id, (date_trunc('month'::text, payments_eur.paid_at));

-- hazard: long-lock
CREATE UNIQUE INDEX merchant_monthly_key ON public.merchant_monthly USING btree (merchant_id, month);

COMMENT ON MATERIALIZED VIEW public.merchant_monthly IS 'Finance dashboard source';

COMMIT;

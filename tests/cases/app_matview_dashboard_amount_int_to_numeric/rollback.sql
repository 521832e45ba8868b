-- schemadiff rollback
-- source fingerprint: c3aa818346e09da6
-- target fingerprint: affa0d1352830634
-- 8 statements; hazards: data-loss,rewrite,long-lock,irreversible

BEGIN;

DROP VIEW public.merchant_best_day;

DROP INDEX public.merchant_daily_pk;

DROP MATERIALIZED VIEW public.merchant_daily;

-- hazard: data-loss,irreversible
ALTER TABLE public.payments DROP COLUMN fee;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.payments ALTER COLUMN amount TYPE integer USING amount::integer;

CREATE MATERIALIZED VIEW public.merchant_daily AS
 SELECT payments.merchant_id,
    payments.paid_on,
    sum(payments.amount) AS total,
    count(*) AS n
   FROM public.payments
  GROUP BY payments.merchant_id, payments.paid_on;

-- hazard: long-lock
CREATE UNIQUE INDEX merchant_daily_pk ON public.merchant_daily USING btree (merchant_id, paid_on);

CREATE VIEW public.merchant_best_day AS
 SELECT merchant_daily.merchant_id,
    max(merchant_daily.total) AS best
   FROM public.merchant_daily
  GROUP BY merchant_daily.merchant_id;

COMMIT;

-- schemadiff plan
-- source fingerprint: affa0d1352830634
-- target fingerprint: c3aa818346e09da6
-- 8 statements; hazards: rewrite,long-lock

SET search_path = public;

BEGIN;

DROP VIEW public.merchant_best_day;

DROP INDEX public.merchant_daily_pk;

DROP MATERIALIZED VIEW public.merchant_daily;

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount TYPE numeric(14,2) USING amount::numeric(14,2);

ALTER TABLE public.payments ADD COLUMN fee numeric(14,2) DEFAULT 0 NOT NULL;

CREATE MATERIALIZED VIEW public.merchant_daily AS
 SELECT payments.merchant_id,
    payments.paid_on,
    sum(payments.amount) AS total,
    sum(payments.fee) AS fees,
    count(*) AS n
   FROM public.payments
  GROUP BY payments.merchant_id, payments.paid_on;

-- hazard: long-lock
CREATE UNIQUE INDEX merchant_daily_pk ON public.merchant_daily USING btree (merchant_id, paid_on);

CREATE VIEW public.merchant_best_day AS
select merchant_id, max(total) as best from merchant_daily group by 1;

COMMIT;

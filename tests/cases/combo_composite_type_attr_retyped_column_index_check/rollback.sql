-- schemadiff rollback
-- source fingerprint: 1c80099d0336caf5
-- target fingerprint: 1ea4de1daeb557fb
-- 12 statements; hazards: rewrite

BEGIN;

DROP VIEW public.payment_cents;

DROP INDEX public.payments_cents_idx;

DROP INDEX public.payments_currency_idx;

ALTER TABLE public.payments DROP CONSTRAINT payments_cents_check;

ALTER TYPE public.money_amount RENAME TO money_amount__schemadiff_old;

CREATE TYPE public.money_amount AS (currency character(3), cents integer);

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount TYPE public.money_amount USING CASE WHEN pg_catalog.num_nulls(amount) = 1 THEN NULL ELSE ROW((amount).currency::character(3), (amount).cents::integer)::public.money_amount END;

DROP TYPE public.money_amount__schemadiff_old;

ALTER TABLE public.payments ADD CONSTRAINT payments_cents_check CHECK (((amount).cents >= 0)) NOT VALID;

CREATE VIEW public.payment_cents AS
 SELECT payments.id,
    (payments.amount).cents AS cents
   FROM public.payments;

COMMIT;

ALTER TABLE public.payments VALIDATE CONSTRAINT payments_cents_check;

CREATE INDEX CONCURRENTLY payments_currency_idx ON public.payments USING btree (((amount).currency));

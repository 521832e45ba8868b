-- schemadiff plan
-- source fingerprint: 1ea4de1daeb557fb
-- target fingerprint: 1c80099d0336caf5
-- 12 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.payment_cents;

DROP INDEX public.payments_currency_idx;

ALTER TABLE public.payments DROP CONSTRAINT payments_cents_check;

ALTER TYPE public.money_amount RENAME TO money_amount__schemadiff_old;

CREATE TYPE public.money_amount AS (currency character(3), cents bigint, note text);

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN amount TYPE public.money_amount USING CASE WHEN pg_catalog.num_nulls(amount) = 1 THEN NULL ELSE ROW((amount).currency::character(3), (amount).cents::bigint, NULL::text)::public.money_amount END;

DROP TYPE public.money_amount__schemadiff_old;

ALTER TABLE public.payments ADD CONSTRAINT payments_cents_check CHECK ((amount).cents >= 0) NOT VALID;

CREATE VIEW public.payment_cents AS
SELECT id, (amount).cents AS cents FROM payments;

COMMIT;

ALTER TABLE public.payments VALIDATE CONSTRAINT payments_cents_check;

CREATE INDEX CONCURRENTLY payments_cents_idx ON public.payments USING btree (((amount).cents));

CREATE INDEX CONCURRENTLY payments_currency_idx ON public.payments USING btree (((amount).currency));

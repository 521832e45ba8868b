-- schemadiff plan
-- source fingerprint: a23cf2284baf2031
-- target fingerprint: ab40c0f918eed1c1
-- 6 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.add_money(a public.money_amount, b public.money_amount);

ALTER TYPE public.money_amount RENAME TO money_amount__schemadiff_old;

CREATE TYPE public.money_amount AS (amount numeric(14,2), currency character(3), fx_rate numeric);

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN paid TYPE public.money_amount USING CASE WHEN pg_catalog.num_nulls(paid) = 1 THEN NULL ELSE ROW((paid).amount::numeric(14,2), (paid).currency::character(3), NULL::numeric)::public.money_amount END;

DROP TYPE public.money_amount__schemadiff_old;

CREATE OR REPLACE FUNCTION public.add_money(a public.money_amount, b public.money_amount)
 RETURNS public.money_amount
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT ROW(a.amount + b.amount, a.currency, coalesce(a.fx_rate, 1))::money_amount $function$;

COMMIT;

-- schemadiff rollback
-- source fingerprint: ab40c0f918eed1c1
-- target fingerprint: a23cf2284baf2031
-- 6 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.add_money(a public.money_amount, b public.money_amount);

ALTER TYPE public.money_amount RENAME TO money_amount__schemadiff_old;

CREATE TYPE public.money_amount AS (amount numeric(12,2), currency character(3));

-- hazard: rewrite
ALTER TABLE public.payments ALTER COLUMN paid TYPE public.money_amount USING CASE WHEN pg_catalog.num_nulls(paid) = 1 THEN NULL ELSE ROW((paid).amount::numeric(12,2), (paid).currency::character(3))::public.money_amount END;

DROP TYPE public.money_amount__schemadiff_old;

CREATE OR REPLACE FUNCTION public.add_money(a public.money_amount, b public.money_amount)
 RETURNS public.money_amount
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT ROW(a.amount + b.amount, a.currency)::money_amount $function$;

COMMIT;

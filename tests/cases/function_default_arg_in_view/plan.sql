-- schemadiff plan
-- source fingerprint: c06b014461ecab41
-- target fingerprint: aec785d57feaecdd
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.item_prices;

DROP FUNCTION public.with_tax(amount numeric, rate numeric);

CREATE OR REPLACE FUNCTION public.with_tax(amount numeric, rate numeric DEFAULT 0.21, round_to integer DEFAULT 2)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(amount * (1 + rate), round_to) $function$;

CREATE VIEW public.item_prices AS
SELECT id, price, with_tax(price) AS gross FROM items;

COMMIT;

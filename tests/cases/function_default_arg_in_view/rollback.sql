-- schemadiff rollback
-- source fingerprint: aec785d57feaecdd
-- target fingerprint: c06b014461ecab41
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.item_prices;

DROP FUNCTION public.with_tax(amount numeric, rate numeric, round_to integer);

CREATE OR REPLACE FUNCTION public.with_tax(amount numeric, rate numeric DEFAULT 0.20)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(amount * (1 + rate), 2) $function$;

CREATE VIEW public.item_prices AS
 SELECT items.id,
    items.price,
    public.with_tax(items.price) AS gross
   FROM public.items;

COMMIT;

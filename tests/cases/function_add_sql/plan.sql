-- schemadiff plan
-- source fingerprint: 08b03fbc2b5d9552
-- target fingerprint: d53dc41c6d118c96
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.add_vat(amount numeric, rate numeric DEFAULT 0.20)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT
RETURN round((amount * ((1)::numeric + rate)), 2);

CREATE OR REPLACE FUNCTION public.order_total(p_order_id integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$
    SELECT coalesce(sum(quantity * unit_price), 0)
    FROM line_items
    WHERE order_id = p_order_id
$function$;

COMMIT;

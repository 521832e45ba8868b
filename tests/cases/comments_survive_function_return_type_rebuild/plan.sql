-- schemadiff plan
-- source fingerprint: 4da1c4b872703010
-- target fingerprint: 609afdfc11327191
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.order_total(p_id integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ SELECT total::numeric(12,2) FROM orders WHERE id = p_id $function$;

COMMENT ON FUNCTION public.order_total(p_id integer, p_tax numeric) IS 'gross total, tax given as a fraction';

COMMIT;

-- schemadiff plan
-- source fingerprint: 7f7b07c66b9a7f97
-- target fingerprint: 25bb51c7cf39a0c0
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.greeting(name text)
 RETURNS text
 LANGUAGE sql
 STABLE STRICT SECURITY DEFINER
 SET search_path TO 'pg_catalog'
AS $function$ SELECT 'Hello, ' || name || '!' $function$;

CREATE OR REPLACE FUNCTION public.shipping_cost(weight_kg numeric)
 RETURNS numeric
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$
BEGIN
    IF weight_kg <= 2 THEN
        RETURN 5.49;
    END IF;
    RETURN 5.49 + (weight_kg - 2) * 1.25;
END;
$function$;

COMMIT;

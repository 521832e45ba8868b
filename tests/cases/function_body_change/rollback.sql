-- schemadiff rollback
-- source fingerprint: 25bb51c7cf39a0c0
-- target fingerprint: 7f7b07c66b9a7f97
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.greeting(name text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'Hello, ' || name $function$;

CREATE OR REPLACE FUNCTION public.shipping_cost(weight_kg numeric)
 RETURNS numeric
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$
BEGIN
    IF weight_kg <= 1 THEN
        RETURN 4.99;
    END IF;
    RETURN 4.99 + (weight_kg - 1) * 1.50;
END;
$function$;

COMMIT;

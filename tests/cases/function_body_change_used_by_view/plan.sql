-- schemadiff plan
-- source fingerprint: 6eedabfd6a4256e9
-- target fingerprint: b76c1f8ae3593c07
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.to_fahrenheit(c numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT round(c * 9 / 5 + 32, 1) $function$;

COMMIT;

-- schemadiff plan
-- source fingerprint: 58dca162e947b734
-- target fingerprint: c68c8816a5dc22ce
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.to_fahrenheit(c numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT round(c * 9 / 5 + 32, 1) $function$;

COMMIT;

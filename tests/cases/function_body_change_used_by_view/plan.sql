-- schemadiff plan
-- source fingerprint: 388211f287571a70
-- target fingerprint: c45434ba3ff97c45
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.to_fahrenheit(c numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT round(c * 9 / 5 + 32, 1) $function$;

COMMIT;

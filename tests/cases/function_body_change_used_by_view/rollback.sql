-- schemadiff rollback
-- source fingerprint: c68c8816a5dc22ce
-- target fingerprint: 58dca162e947b734
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.to_fahrenheit(c numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT c * 9 / 5 + 32 $function$;

COMMIT;

-- schemadiff rollback
-- source fingerprint: c45434ba3ff97c45
-- target fingerprint: 388211f287571a70
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.to_fahrenheit(c numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT c * 9 / 5 + 32 $function$;

COMMIT;

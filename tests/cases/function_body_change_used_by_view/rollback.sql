-- schemadiff rollback
-- source fingerprint: b76c1f8ae3593c07
-- target fingerprint: 6eedabfd6a4256e9
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.to_fahrenheit(c numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT c * 9 / 5 + 32 $function$;

COMMIT;

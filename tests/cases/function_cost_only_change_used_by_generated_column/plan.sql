-- schemadiff plan
-- source fingerprint: c5a6a72d94f70274
-- target fingerprint: 4ac1a780cc5f2b3e
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.dbl(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE COST 5
AS $function$SELECT i * 2$function$;

COMMIT;

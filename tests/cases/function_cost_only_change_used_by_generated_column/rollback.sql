-- schemadiff rollback
-- source fingerprint: 4ac1a780cc5f2b3e
-- target fingerprint: c5a6a72d94f70274
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.dbl(i integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i * 2$function$;

COMMIT;

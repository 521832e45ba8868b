-- schemadiff rollback
-- source fingerprint: 5cf2025723b1c27d
-- target fingerprint: 03e2a23183027fcf
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.norm_email(e text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT lower(trim(e))$function$;

COMMIT;

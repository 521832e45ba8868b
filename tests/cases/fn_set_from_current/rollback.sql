-- schemadiff rollback
-- source fingerprint: 30b303cab2eeac78
-- target fingerprint: 3a1119303a894ec6
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION app.f2();

CREATE OR REPLACE FUNCTION app.f1()
 RETURNS integer
 LANGUAGE sql
 SET search_path TO 'public'
AS $function$ SELECT 1 $function$;

COMMIT;

-- schemadiff plan
-- source fingerprint: 3a1119303a894ec6
-- target fingerprint: 30b303cab2eeac78
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION app.f1()
 RETURNS integer
 LANGUAGE sql
 SET search_path TO '$user', 'public'
AS $function$ SELECT 1 $function$;

CREATE OR REPLACE FUNCTION app.f2()
 RETURNS integer
 LANGUAGE sql
 SET work_mem TO '4MB'
 SET statement_timeout TO '0'
AS $function$ SELECT 2 $function$;

COMMIT;

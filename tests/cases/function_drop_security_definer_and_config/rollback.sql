-- schemadiff rollback
-- source fingerprint: 49aaa1f0f72018ec
-- target fingerprint: 85db3c3f559aa3b8
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.now_utc()
 RETURNS timestamp without time zone
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET "TimeZone" TO 'UTC'
 SET work_mem TO '64MB'
AS $function$ SELECT now()::timestamp $function$;

COMMIT;

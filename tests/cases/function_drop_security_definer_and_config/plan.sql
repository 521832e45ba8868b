-- schemadiff plan
-- source fingerprint: 85db3c3f559aa3b8
-- target fingerprint: 49aaa1f0f72018ec
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.now_utc()
 RETURNS timestamp without time zone
 LANGUAGE sql
 STABLE
AS $function$ SELECT now() AT TIME ZONE 'UTC' $function$;

COMMIT;

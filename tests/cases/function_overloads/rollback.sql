-- schemadiff rollback
-- source fingerprint: 75f3bc76364ca879
-- target fingerprint: cab649153ff320a4
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.describe(v integer, unit text);

CREATE OR REPLACE FUNCTION public.describe(v integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'int:' || v $function$;

COMMIT;

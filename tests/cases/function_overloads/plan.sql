-- schemadiff plan
-- source fingerprint: cab649153ff320a4
-- target fingerprint: 75f3bc76364ca879
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.describe(v integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'integer:' || v $function$;

CREATE OR REPLACE FUNCTION public.describe(v integer, unit text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'integer:' || v || ' ' || unit $function$;

COMMENT ON FUNCTION public.describe(v integer, unit text) IS 'two-argument overload';

COMMIT;

-- schemadiff plan
-- source fingerprint: cfcc8179353b0602
-- target fingerprint: 34454baf7a42e15b
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION app.setting(k text)
 RETURNS text
 LANGUAGE plpgsql
 STABLE STRICT SECURITY DEFINER COST 50
 SET search_path TO 'app', 'pg_temp'
AS $function$ BEGIN RETURN (SELECT value FROM settings WHERE key = k); END $function$;

CREATE OR REPLACE FUNCTION app.slugify(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g')) $function$;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 34454baf7a42e15b
-- target fingerprint: cfcc8179353b0602
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION app.setting(k text)
 RETURNS text
 LANGUAGE plpgsql
 SET search_path TO 'app'
AS $function$ BEGIN RETURN (SELECT value FROM settings WHERE key = k); END $function$;

CREATE OR REPLACE FUNCTION app.slugify(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g')) $function$;

COMMIT;

-- schemadiff plan
-- source fingerprint: 69569ccda676eabd
-- target fingerprint: e2a44b53ef67bbec
-- 5 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW app.formatted;

DROP FUNCTION public.fmt(x integer);

CREATE OR REPLACE FUNCTION app.fmt(x integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'APP:' || x $function$;

CREATE OR REPLACE FUNCTION public.fmt(x integer)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'pub:' || x $function$;

CREATE VIEW app.formatted AS
SELECT fmt(n) AS p, app.fmt(n) AS a FROM app.nums;

COMMIT;

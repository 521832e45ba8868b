-- schemadiff rollback
-- source fingerprint: e2a44b53ef67bbec
-- target fingerprint: 69569ccda676eabd
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW app.formatted;

DROP FUNCTION public.fmt(x integer);

CREATE OR REPLACE FUNCTION app.fmt(x integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'app:' || x $function$;

CREATE OR REPLACE FUNCTION public.fmt(x integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'pub:' || x $function$;

CREATE VIEW app.formatted AS
 SELECT public.fmt(nums.n) AS p,
    app.fmt(nums.n) AS a
   FROM app.nums;

COMMIT;

-- schemadiff plan
-- source fingerprint: 3f9e3fa2de66ced0
-- target fingerprint: 170845598b970e85
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.calibrated;

DROP FUNCTION public.calibrate(v integer);

CREATE OR REPLACE FUNCTION public.calibrate(v numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT v * 1.5 $function$;

CREATE VIEW public.calibrated AS
SELECT id, calibrate(raw) AS value, raw FROM readings;

COMMIT;

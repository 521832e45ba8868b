-- schemadiff rollback
-- source fingerprint: 170845598b970e85
-- target fingerprint: 3f9e3fa2de66ced0
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.calibrated;

DROP FUNCTION public.calibrate(v numeric);

CREATE OR REPLACE FUNCTION public.calibrate(v integer)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT v * 1.5 $function$;

CREATE VIEW public.calibrated AS
 SELECT readings.id,
    public.calibrate(readings.raw) AS value
   FROM public.readings;

COMMIT;

-- schemadiff plan
-- source fingerprint: 581f0660a3ca0820
-- target fingerprint: 0cf7e4dcdd28f0d6
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.tax(a numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(a * 0.2, 2) $function$;

COMMIT;

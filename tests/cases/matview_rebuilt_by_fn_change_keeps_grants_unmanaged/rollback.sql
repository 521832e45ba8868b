-- schemadiff rollback
-- source fingerprint: 0cf7e4dcdd28f0d6
-- target fingerprint: 581f0660a3ca0820
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.tax(a numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a * 0.2 $function$;

COMMIT;

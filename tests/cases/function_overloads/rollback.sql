-- schemadiff rollback
-- source fingerprint: 39fec7bcb4570784
-- target fingerprint: 8663ff06c4edbfca
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

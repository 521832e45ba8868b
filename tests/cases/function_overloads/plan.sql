-- schemadiff plan
-- source fingerprint: 8663ff06c4edbfca
-- target fingerprint: 39fec7bcb4570784
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

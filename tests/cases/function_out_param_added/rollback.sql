-- schemadiff rollback
-- source fingerprint: d3130b4d24f2c00f
-- target fingerprint: fb5486369c16f0fe
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.split_name(full_name text);

CREATE OR REPLACE FUNCTION public.split_name(full_name text, OUT first_name text, OUT last_name text)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $function$;

COMMIT;

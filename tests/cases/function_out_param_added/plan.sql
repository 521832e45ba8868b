-- schemadiff plan
-- source fingerprint: fb5486369c16f0fe
-- target fingerprint: d3130b4d24f2c00f
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.split_name(full_name text);

CREATE OR REPLACE FUNCTION public.split_name(full_name text, OUT first_name text, OUT last_name text, OUT parts integer)
 RETURNS record
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2), array_length(string_to_array(full_name, ' '), 1) $function$;

COMMIT;

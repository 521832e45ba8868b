-- schemadiff plan
-- source fingerprint: f98399ad89a7c7ec
-- target fingerprint: 5be6e855fd818256
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER DOMAIN public.code DROP DEFAULT;

DROP FUNCTION public.next_code();

CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS bigint
 LANGUAGE sql
AS $function$ SELECT 2::bigint $function$;

ALTER DOMAIN public.code SET DEFAULT public.next_code();

COMMIT;

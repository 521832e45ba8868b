-- schemadiff rollback
-- source fingerprint: 5be6e855fd818256
-- target fingerprint: f98399ad89a7c7ec
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

ALTER DOMAIN public.code DROP DEFAULT;

DROP FUNCTION public.next_code();

CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 1 $function$;

ALTER DOMAIN public.code SET DEFAULT public.next_code();

COMMIT;

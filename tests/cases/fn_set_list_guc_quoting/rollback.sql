-- schemadiff rollback
-- source fingerprint: 5327137ec884ad72
-- target fingerprint: 9f4a47c4c42840c4
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.f1()
 RETURNS integer
 LANGUAGE sql
 SET search_path TO 'public'
AS $function$ SELECT 1 $function$;

CREATE OR REPLACE FUNCTION public.f2()
 RETURNS integer
 LANGUAGE sql
AS $function$ SELECT 2 $function$;

CREATE OR REPLACE FUNCTION public.f3()
 RETURNS integer
 LANGUAGE sql
 SET search_path TO ''
AS $function$ SELECT 3 $function$;

COMMIT;

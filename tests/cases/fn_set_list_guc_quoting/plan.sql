-- schemadiff plan
-- source fingerprint: 9f4a47c4c42840c4
-- target fingerprint: 5327137ec884ad72
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.f1()
 RETURNS integer
 LANGUAGE sql
 SET search_path TO 'my schema', 'a,b', 'pg_temp'
AS $function$ SELECT 1 $function$;

CREATE OR REPLACE FUNCTION public.f2()
 RETURNS integer
 LANGUAGE sql
 SET "DateStyle" TO 'ISO, DMY'
 SET "TimeZone" TO 'Europe/Berlin'
 SET work_mem TO '64MB'
AS $function$ SELECT 2 $function$;

CREATE OR REPLACE FUNCTION public.f3()
 RETURNS integer
 LANGUAGE sql
 SET search_path TO '$user', 'public'
 SET session_preload_libraries TO 'a', 'b c'
AS $function$ SELECT 3 $function$;

COMMIT;

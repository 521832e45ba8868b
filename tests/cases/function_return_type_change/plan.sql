-- schemadiff plan
-- source fingerprint: 57f0e1cf741376f4
-- target fingerprint: 136a2bd9fa518309
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.reading_stats(OUT lo integer, OUT hi integer);

DROP FUNCTION public.reading_total();

CREATE OR REPLACE FUNCTION public.reading_stats(OUT lo integer, OUT hi integer, OUT mean numeric)
 RETURNS record
 LANGUAGE sql
 STABLE
AS $function$ SELECT min(reading), max(reading), avg(reading) FROM measurements $function$;

CREATE OR REPLACE FUNCTION public.reading_total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(sum(reading), 0) FROM measurements $function$;

COMMIT;

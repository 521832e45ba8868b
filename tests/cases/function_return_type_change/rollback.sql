-- schemadiff rollback
-- source fingerprint: 136a2bd9fa518309
-- target fingerprint: 57f0e1cf741376f4
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.reading_stats(OUT lo integer, OUT hi integer, OUT mean numeric);

DROP FUNCTION public.reading_total();

CREATE OR REPLACE FUNCTION public.reading_stats(OUT lo integer, OUT hi integer)
 RETURNS record
 LANGUAGE sql
 STABLE
AS $function$ SELECT min(reading), max(reading) FROM measurements $function$;

CREATE OR REPLACE FUNCTION public.reading_total()
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(sum(reading), 0)::integer FROM measurements $function$;

COMMIT;

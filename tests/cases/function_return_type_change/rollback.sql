-- schemadiff rollback
-- source fingerprint: a9cee08c74e6062b
-- target fingerprint: 960e87b6a40f8970
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.reading_stats();

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

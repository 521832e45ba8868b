-- schemadiff plan
-- source fingerprint: 960e87b6a40f8970
-- target fingerprint: a9cee08c74e6062b
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.reading_stats();

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

-- schemadiff plan
-- source fingerprint: 094f696b26258ab2
-- target fingerprint: 43782fe40ade211c
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

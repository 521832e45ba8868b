-- schemadiff plan
-- source fingerprint: 40f8b3b03c047e96
-- target fingerprint: d758ac1b9138b641
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.kv_view;

DROP FUNCTION public.kv();

CREATE OR REPLACE FUNCTION public.kv(OUT k text, OUT v integer, OUT note text)
 RETURNS SETOF record
 LANGUAGE sql
 STABLE
AS $function$ VALUES ('a', 1, 'x'), ('b', 2, 'y') $function$;

CREATE VIEW public.kv_view AS
SELECT k, v FROM kv();

COMMIT;

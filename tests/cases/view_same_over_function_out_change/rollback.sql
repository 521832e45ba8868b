-- schemadiff rollback
-- source fingerprint: d758ac1b9138b641
-- target fingerprint: 40f8b3b03c047e96
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.kv_view;

DROP FUNCTION public.kv();

CREATE OR REPLACE FUNCTION public.kv(OUT k text, OUT v integer)
 RETURNS SETOF record
 LANGUAGE sql
 STABLE
AS $function$ VALUES ('a', 1), ('b', 2) $function$;

CREATE VIEW public.kv_view AS
 SELECT kv.k,
    kv.v
   FROM public.kv() kv(k, v);

COMMIT;

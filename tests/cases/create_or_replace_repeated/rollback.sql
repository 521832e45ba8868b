-- schemadiff rollback
-- source fingerprint: f11380d0dd710294
-- target fingerprint: 5422115c547b001c
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.v;

CREATE OR REPLACE FUNCTION public.f(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT x + 1$function$;

CREATE VIEW public.v AS
 SELECT t.a
   FROM public.t;

COMMIT;

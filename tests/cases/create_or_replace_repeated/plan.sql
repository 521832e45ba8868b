-- schemadiff plan
-- source fingerprint: 5422115c547b001c
-- target fingerprint: f11380d0dd710294
-- 2 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION public.f(x integer)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT x + 2$function$;

CREATE OR REPLACE VIEW public.v AS
SELECT a, b FROM t;

COMMIT;

-- schemadiff plan
-- source fingerprint: c9a88073de5e717c
-- target fingerprint: 41b0ce34560e89bf
-- 5 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.nums_even_idx;

CREATE OR REPLACE FUNCTION public.evens()
 RETURNS SETOF integer
 LANGUAGE sql
 STABLE PARALLEL RESTRICTED COST 200 ROWS 50
AS $function$SELECT n FROM nums WHERE n % 2 = 0$function$;

CREATE OR REPLACE FUNCTION public.is_even(i integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT LEAKPROOF COST 5
AS $function$SELECT i % 2 = 0$function$;

CREATE OR REPLACE FUNCTION public.touch()
 RETURNS void
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public'
 SET statement_timeout TO '5s'
AS $function$BEGIN PERFORM 1; END$function$;

COMMIT;

CREATE INDEX CONCURRENTLY nums_even_idx ON public.nums USING btree (n) WHERE is_even(n);

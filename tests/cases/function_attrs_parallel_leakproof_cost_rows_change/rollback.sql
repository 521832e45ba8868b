-- schemadiff rollback
-- source fingerprint: 41b0ce34560e89bf
-- target fingerprint: c9a88073de5e717c
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.nums_even_idx;

CREATE OR REPLACE FUNCTION public.evens()
 RETURNS SETOF integer
 LANGUAGE sql
 STABLE
AS $function$SELECT n FROM nums WHERE n % 2 = 0$function$;

CREATE OR REPLACE FUNCTION public.is_even(i integer)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT i % 2 = 0$function$;

CREATE OR REPLACE FUNCTION public.touch()
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$BEGIN PERFORM 1; END$function$;

COMMIT;

CREATE INDEX CONCURRENTLY nums_even_idx ON public.nums USING btree (n) WHERE public.is_even(n);

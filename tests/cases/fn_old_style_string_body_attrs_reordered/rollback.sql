-- schemadiff rollback
-- source fingerprint: 4abcb5279bf3294f
-- target fingerprint: 640138044baa2de3
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.add_tax(amount numeric, rate numeric);

CREATE OR REPLACE FUNCTION public.tag_list(text)
 RETURNS SETOF text
 LANGUAGE sql
 IMMUTABLE ROWS 5
AS $function$select unnest(string_to_array($1, ','))$function$;

CREATE OR REPLACE FUNCTION public.add_tax(numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$select $1 * 1.2$function$;

COMMIT;

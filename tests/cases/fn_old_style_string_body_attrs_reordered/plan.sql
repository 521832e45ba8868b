-- schemadiff plan
-- source fingerprint: 640138044baa2de3
-- target fingerprint: 4abcb5279bf3294f
-- 3 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.add_tax(numeric);

CREATE OR REPLACE FUNCTION public.tag_list(text)
 RETURNS SETOF text
 LANGUAGE sql
 IMMUTABLE STRICT COST 5 ROWS 20
AS $function$ select btrim(t) from unnest(string_to_array($1, ',')) t $function$;

CREATE OR REPLACE FUNCTION public.add_tax(amount numeric, rate numeric DEFAULT 0.2)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ select amount * (1 + rate) $function$;

COMMIT;

-- schemadiff plan
-- source fingerprint: 0b0102bd14a76555
-- target fingerprint: 817dcb83b17a6bd7
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

CREATE OR REPLACE FUNCTION public.fmt(x integer, y integer)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT x || '/' || y$function$;

CREATE OR REPLACE FUNCTION util.fmt(x numeric, digits integer DEFAULT 2)
 RETURNS text
 LANGUAGE sql
AS $function$SELECT round(x, digits)::text$function$;

CREATE OR REPLACE FUNCTION util.fmt(x text, VARIADIC parts text[])
 RETURNS text
 LANGUAGE sql
AS $function$SELECT x || array_to_string(parts, ',')$function$;

CREATE VIEW public.fmt_demo AS
SELECT util.fmt(1) AS a, util.fmt(1.234) AS b, util.fmt('p', 'q', 'r') AS c, fmt(1, 2) AS d;

COMMIT;

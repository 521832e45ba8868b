-- schemadiff plan
-- source fingerprint: a3f9d264f65dd623
-- target fingerprint: fc47c00316950040
-- 4 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.post_tags;

DROP FUNCTION public.join_tags(VARIADIC tags text[]);

CREATE OR REPLACE FUNCTION public.join_tags(sep text, VARIADIC tags text[])
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT array_to_string(tags, sep) $function$;

CREATE VIEW public.post_tags AS
SELECT id, join_tags(';', a, b) AS tags FROM posts;

COMMIT;

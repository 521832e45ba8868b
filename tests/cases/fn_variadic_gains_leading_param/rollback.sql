-- schemadiff rollback
-- source fingerprint: fc47c00316950040
-- target fingerprint: a3f9d264f65dd623
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.post_tags;

DROP FUNCTION public.join_tags(sep text, VARIADIC tags text[]);

CREATE OR REPLACE FUNCTION public.join_tags(VARIADIC tags text[])
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT array_to_string(tags, ',') $function$;

CREATE VIEW public.post_tags AS
 SELECT posts.id,
    public.join_tags(VARIADIC ARRAY[posts.a, posts.b]) AS tags
   FROM public.posts;

COMMIT;

-- schemadiff plan
-- source fingerprint: 88d75f1b29380fcf
-- target fingerprint: 6b47f9a44869c9e3
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.list_articles(lim integer);

DROP FUNCTION public.default_page_size();

CREATE OR REPLACE FUNCTION public.default_page_size(kind text DEFAULT 'web'::text)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT CASE kind WHEN 'web' THEN 50 ELSE 200 END $function$;

CREATE OR REPLACE FUNCTION public.list_articles(lim integer DEFAULT public.default_page_size())
 RETURNS SETOF public.articles
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM articles ORDER BY id LIMIT lim $function$;

COMMIT;

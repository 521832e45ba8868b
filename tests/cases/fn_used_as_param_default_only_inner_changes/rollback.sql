-- schemadiff rollback
-- source fingerprint: 6b47f9a44869c9e3
-- target fingerprint: 88d75f1b29380fcf
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.list_articles(lim integer);

DROP FUNCTION public.default_page_size(kind text);

CREATE OR REPLACE FUNCTION public.default_page_size()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 50 $function$;

CREATE OR REPLACE FUNCTION public.list_articles(lim integer DEFAULT public.default_page_size())
 RETURNS SETOF public.articles
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM articles ORDER BY id LIMIT lim $function$;

COMMIT;

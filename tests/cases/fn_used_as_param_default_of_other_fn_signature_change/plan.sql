-- schemadiff plan
-- source fingerprint: 88d75f1b29380fcf
-- target fingerprint: b2362bc979bb01bc
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.list_articles(lim integer);

DROP FUNCTION public.default_page_size();

CREATE OR REPLACE FUNCTION public.default_page_size()
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 100::bigint $function$;

CREATE OR REPLACE FUNCTION public.list_articles(lim bigint DEFAULT public.default_page_size())
 RETURNS SETOF public.articles
 LANGUAGE sql
 STABLE
AS $function$ SELECT * FROM articles ORDER BY id LIMIT lim $function$;

COMMIT;

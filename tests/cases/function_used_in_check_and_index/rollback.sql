-- schemadiff rollback
-- source fingerprint: 45806935702e3a83
-- target fingerprint: b7784118ce35f742
-- 9 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.articles_title_slug_key;

ALTER TABLE public.articles DROP CONSTRAINT articles_slug_check;

DROP FUNCTION public.is_valid_slug(s text, max_len integer);

DROP FUNCTION public.slug_key(s text);

CREATE OR REPLACE FUNCTION public.is_valid_slug(s text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s ~ '^[a-z0-9-]+$' $function$;

CREATE OR REPLACE FUNCTION public.slug_key(s text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g')) $function$;

ALTER TABLE public.articles ADD CONSTRAINT articles_slug_check CHECK (public.is_valid_slug(slug)) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX articles_title_slug_key ON public.articles USING btree (public.slug_key(title));

COMMIT;

ALTER TABLE public.articles VALIDATE CONSTRAINT articles_slug_check;

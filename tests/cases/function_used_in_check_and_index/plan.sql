-- schemadiff plan
-- source fingerprint: b7784118ce35f742
-- target fingerprint: 45806935702e3a83
-- 9 statements; hazards: long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.articles_title_slug_key;

ALTER TABLE public.articles DROP CONSTRAINT articles_slug_check;

DROP FUNCTION public.is_valid_slug(s text);

DROP FUNCTION public.slug_key(s text);

CREATE OR REPLACE FUNCTION public.is_valid_slug(s text, max_len integer DEFAULT 80)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s ~ '^[a-z0-9-]+$' AND length(s) <= max_len $function$;

CREATE OR REPLACE FUNCTION public.slug_key(s text)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT lower(regexp_replace(s, '[^a-zA-Z0-9]+', '-', 'g'))::varchar $function$;

ALTER TABLE public.articles ADD CONSTRAINT articles_slug_check CHECK (is_valid_slug(slug)) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX articles_title_slug_key ON public.articles USING btree (public.slug_key(title));

COMMIT;

ALTER TABLE public.articles VALIDATE CONSTRAINT articles_slug_check;

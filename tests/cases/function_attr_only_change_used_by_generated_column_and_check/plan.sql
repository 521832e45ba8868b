-- schemadiff plan
-- source fingerprint: fc5edb7b231ce582
-- target fingerprint: 4d2c7a8f2c7f185c
-- 6 statements; hazards: data-loss,rewrite,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

ALTER TABLE public.articles DROP CONSTRAINT articles_title_ck;

-- hazard: data-loss,irreversible
ALTER TABLE public.articles DROP COLUMN slug;

CREATE OR REPLACE FUNCTION public.slug(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE STRICT COST 50
AS $function$SELECT lower(regexp_replace(t, '[^a-zA-Z0-9]+', '-', 'g'))$function$;

-- hazard: rewrite
ALTER TABLE public.articles ADD COLUMN slug text GENERATED ALWAYS AS (public.slug(title)) STORED;

ALTER TABLE public.articles ADD CONSTRAINT articles_title_ck CHECK (slug(title) <> '') NOT VALID;

COMMIT;

ALTER TABLE public.articles VALIDATE CONSTRAINT articles_title_ck;

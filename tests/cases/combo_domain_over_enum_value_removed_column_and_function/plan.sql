-- schemadiff plan
-- source fingerprint: 1999b8c13ae59880
-- target fingerprint: 1026f86f6982983a
-- 16 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.red_pixels;

ALTER DOMAIN public.primary_color DROP CONSTRAINT primary_color_check;

DROP FUNCTION public.is_red(p public.primary_color);

ALTER TYPE public.color RENAME TO color__schemadiff_old;

CREATE TYPE public.color AS ENUM ('red', 'green', 'blue', 'black');

ALTER DOMAIN public.primary_color RENAME TO primary_color__schemadiff_old;

CREATE DOMAIN public.primary_color AS public.color;

ALTER TABLE public.pixels ALTER COLUMN c DROP DEFAULT;

-- hazard: long-lock
ALTER DOMAIN public.primary_color ADD CONSTRAINT primary_color_check CHECK ((VALUE = ANY (ARRAY['red'::public.color, 'green'::public.color, 'blue'::public.color])));

-- hazard: rewrite
ALTER TABLE public.pixels ALTER COLUMN c TYPE public.primary_color USING c::text::public.primary_color;

ALTER TABLE public.pixels ALTER COLUMN c SET DEFAULT 'red'::public.color;

DROP DOMAIN public.primary_color__schemadiff_old;

DROP TYPE public.color__schemadiff_old;

CREATE OR REPLACE FUNCTION public.is_red(p public.primary_color)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT p::color = 'red'::color $function$;

CREATE VIEW public.red_pixels AS
SELECT id FROM pixels WHERE is_red(c);

COMMIT;

CREATE INDEX CONCURRENTLY pixels_c_idx ON public.pixels USING btree (c);

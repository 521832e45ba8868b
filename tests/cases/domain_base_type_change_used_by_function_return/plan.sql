-- schemadiff plan
-- source fingerprint: 08990d53d23b9713
-- target fingerprint: ec24afb9fbf9be7b
-- 10 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.price_list;

ALTER DOMAIN public.cents DROP CONSTRAINT cents_check;

DROP FUNCTION public.price_of(p_sku text);

ALTER DOMAIN public.cents RENAME TO cents__schemadiff_old;

CREATE DOMAIN public.cents AS bigint;

-- hazard: long-lock
ALTER DOMAIN public.cents ADD CONSTRAINT cents_check CHECK ((VALUE >= 0));

-- hazard: rewrite
ALTER TABLE public.prices ALTER COLUMN price TYPE public.cents USING price::text::public.cents;

DROP DOMAIN public.cents__schemadiff_old;

CREATE OR REPLACE FUNCTION public.price_of(p_sku text)
 RETURNS public.cents
 LANGUAGE sql
 STABLE
AS $function$ SELECT price FROM prices WHERE sku = p_sku $function$;

CREATE VIEW public.price_list AS
SELECT sku, price_of(sku) AS price FROM prices;

COMMIT;

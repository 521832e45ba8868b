-- schemadiff rollback
-- source fingerprint: ec24afb9fbf9be7b
-- target fingerprint: 08990d53d23b9713
-- 10 statements; hazards: rewrite,long-lock

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.price_list;

ALTER DOMAIN public.cents DROP CONSTRAINT cents_check;

DROP FUNCTION public.price_of(p_sku text);

ALTER DOMAIN public.cents RENAME TO cents__schemadiff_old;

CREATE DOMAIN public.cents AS integer;

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
 SELECT prices.sku,
    public.price_of(prices.sku) AS price
   FROM public.prices;

COMMIT;

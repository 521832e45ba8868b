-- schemadiff rollback
-- source fingerprint: 165286a67fc7e65d
-- target fingerprint: 5ca3276c308aa863
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP VIEW public.price_list;

DROP FUNCTION public.fmt_price(cents bigint);

DROP FUNCTION public.fmt_price(cents numeric);

CREATE OR REPLACE FUNCTION public.fmt_price(cents integer, currency text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT currency || ' ' || (cents / 100.0)::numeric(10,2) $function$;

CREATE OR REPLACE FUNCTION public.fmt_price(cents bigint)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT '$' || (cents / 100.0)::numeric(14,2) $function$;

CREATE VIEW public.price_list AS
 SELECT prices.sku,
    public.fmt_price(prices.cents) AS p1,
    public.fmt_price(prices.cents, 'EUR'::text) AS p2,
    public.fmt_price((prices.cents)::bigint) AS p3
   FROM public.prices;

COMMIT;

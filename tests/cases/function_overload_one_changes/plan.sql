-- schemadiff plan
-- source fingerprint: 5ca3276c308aa863
-- target fingerprint: 165286a67fc7e65d
-- 6 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.price_list;

DROP FUNCTION public.fmt_price(cents bigint);

CREATE OR REPLACE FUNCTION public.fmt_price(cents integer, currency text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(currency) || ' ' || to_char(cents / 100.0, 'FM999990.00') $function$;

CREATE OR REPLACE FUNCTION public.fmt_price(cents bigint)
 RETURNS character varying
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT '$' || (cents / 100.0)::numeric(14,2) $function$;

CREATE OR REPLACE FUNCTION public.fmt_price(cents numeric)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT '$' || round(cents / 100.0, 2) $function$;

CREATE VIEW public.price_list AS
SELECT sku, fmt_price(cents) AS p1, fmt_price(cents, 'EUR') AS p2, fmt_price(cents::bigint) AS p3 FROM prices;

COMMIT;

-- schemadiff plan
-- source fingerprint: 52a608ab5779559e
-- target fingerprint: c4c71876f042ff3c
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW app.items_display;

DROP FUNCTION lib.fmt_money(c integer);

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN cents TYPE bigint USING cents::bigint;

CREATE OR REPLACE FUNCTION lib.fmt_money(c bigint)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT to_char(c / 100.0, 'FM999999990.00') $function$;

CREATE VIEW app.items_display AS
SELECT id, lib.fmt_money(cents) AS price FROM public.items;

COMMIT;

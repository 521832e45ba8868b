-- schemadiff rollback
-- source fingerprint: c4c71876f042ff3c
-- target fingerprint: 52a608ab5779559e
-- 5 statements; hazards: rewrite

SET check_function_bodies = false;

BEGIN;

DROP VIEW app.items_display;

DROP FUNCTION lib.fmt_money(c bigint);

-- hazard: rewrite
ALTER TABLE public.items ALTER COLUMN cents TYPE integer USING cents::integer;

CREATE OR REPLACE FUNCTION lib.fmt_money(c integer)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT to_char(c / 100.0, 'FM999999990.00') $function$;

CREATE VIEW app.items_display AS
 SELECT items.id,
    lib.fmt_money(items.cents) AS price
   FROM public.items;

COMMIT;

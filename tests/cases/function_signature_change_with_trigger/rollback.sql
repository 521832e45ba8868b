-- schemadiff rollback
-- source fingerprint: e17235725b666876
-- target fingerprint: 182d0fe73606aee7
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER items_sku_check ON public.items;

DROP VIEW public.valid_items;

DROP FUNCTION public.is_valid_sku(code text, prefix_len integer);

CREATE OR REPLACE FUNCTION public.is_valid_sku(code text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT code ~ '^[A-Z]{3}-[0-9]{4}$' $function$;

CREATE VIEW public.valid_items AS
 SELECT items.id,
    items.sku,
    items.stock
   FROM public.items
  WHERE public.is_valid_sku(items.sku);

CREATE TRIGGER items_sku_check BEFORE INSERT OR UPDATE OF sku ON public.items FOR EACH ROW WHEN ((NOT public.is_valid_sku(new.sku))) EXECUTE FUNCTION public.reject_bad_sku();

COMMIT;

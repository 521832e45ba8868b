-- schemadiff plan
-- source fingerprint: 182d0fe73606aee7
-- target fingerprint: e17235725b666876
-- 6 statements; hazards: none

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP TRIGGER items_sku_check ON public.items;

DROP VIEW public.valid_items;

DROP FUNCTION public.is_valid_sku(code text);

CREATE OR REPLACE FUNCTION public.is_valid_sku(code text, prefix_len integer DEFAULT 3)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT code ~ ('^[A-Z]{' || prefix_len || '}-[0-9]{4}$') $function$;

CREATE VIEW public.valid_items AS
SELECT id, sku, stock FROM items WHERE is_valid_sku(sku);

CREATE TRIGGER items_sku_check BEFORE INSERT OR UPDATE OF sku ON public.items FOR EACH ROW WHEN ((NOT public.is_valid_sku(new.sku))) EXECUTE FUNCTION public.reject_bad_sku();

COMMIT;

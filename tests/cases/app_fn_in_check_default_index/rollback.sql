-- schemadiff rollback
-- source fingerprint: c108888390e86268
-- target fingerprint: b9809035952be4a2
-- 12 statements; hazards: long-lock

SET check_function_bodies = false;

BEGIN;

DROP INDEX public.items_name_idx;

DROP INDEX public.items_sku_norm_idx;

ALTER TABLE public.items DROP CONSTRAINT items_sku_normalized;

DROP FUNCTION public.normalize_sku(s text, strip_dashes boolean);

ALTER TABLE public.items ALTER COLUMN sku DROP DEFAULT;

DROP FUNCTION public.new_sku(prefix text);

CREATE OR REPLACE FUNCTION public.new_sku()
 RETURNS text
 LANGUAGE sql
AS $function$ select 'SKU-' || lpad((floor(random() * 100000))::int::text, 5, '0') $function$;

ALTER TABLE public.items ALTER COLUMN sku SET DEFAULT public.new_sku();

CREATE OR REPLACE FUNCTION public.normalize_sku(s text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select upper(trim(s)) $function$;

ALTER TABLE public.items ADD CONSTRAINT items_sku_normalized CHECK ((sku = public.normalize_sku(sku))) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX items_sku_norm_idx ON public.items USING btree (public.normalize_sku(sku));

COMMIT;

ALTER TABLE public.items VALIDATE CONSTRAINT items_sku_normalized;

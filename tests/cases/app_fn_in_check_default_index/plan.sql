-- schemadiff plan
-- source fingerprint: b9809035952be4a2
-- target fingerprint: c108888390e86268
-- 12 statements; hazards: long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.items_sku_norm_idx;

ALTER TABLE public.items DROP CONSTRAINT items_sku_normalized;

DROP FUNCTION public.normalize_sku(s text);

ALTER TABLE public.items ALTER COLUMN sku DROP DEFAULT;

DROP FUNCTION public.new_sku();

CREATE OR REPLACE FUNCTION public.new_sku(prefix text DEFAULT 'SKU-'::text)
 RETURNS text
 LANGUAGE sql
AS $function$ select prefix || lpad((floor(random() * 100000))::int::text, 6, '0') $function$;

ALTER TABLE public.items ALTER COLUMN sku SET DEFAULT public.new_sku();

CREATE OR REPLACE FUNCTION public.normalize_sku(s text, strip_dashes boolean DEFAULT false)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ select case when strip_dashes then replace(upper(trim(s)), '-', '') else upper(trim(s)) end $function$;

ALTER TABLE public.items ADD CONSTRAINT items_sku_normalized CHECK (sku = normalize_sku(sku)) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX items_sku_norm_idx ON public.items USING btree (public.normalize_sku(sku, true));

COMMIT;

ALTER TABLE public.items VALIDATE CONSTRAINT items_sku_normalized;

CREATE INDEX CONCURRENTLY items_name_idx ON public.items USING btree (public.normalize_sku(name)) WHERE name is not null;

-- schemadiff plan
-- source fingerprint: 64d93d6cca21bb22
-- target fingerprint: e24eeb86274410a1
-- 11 statements; hazards: data-loss,rewrite,long-lock,irreversible

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public.item_skus;

DROP INDEX public.items_sku_norm_idx;

ALTER TABLE public.items DROP CONSTRAINT items_sku_check;

-- hazard: data-loss,irreversible
ALTER TABLE public.items DROP COLUMN sku_norm;

CREATE OR REPLACE FUNCTION public.normalize_sku(s text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT upper(replace(s, '-', '')) $function$;

-- hazard: rewrite
ALTER TABLE public.items ADD COLUMN sku_norm text GENERATED ALWAYS AS (public.normalize_sku(sku)) STORED;

ALTER TABLE public.items ADD CONSTRAINT items_sku_check CHECK (length(normalize_sku(sku)) > 0) NOT VALID;

-- hazard: long-lock
CREATE UNIQUE INDEX items_sku_norm_idx ON public.items USING btree (public.normalize_sku(sku));

CREATE VIEW public.item_skus AS
SELECT id, sku_norm, sku FROM items;

COMMIT;

ALTER TABLE public.items VALIDATE CONSTRAINT items_sku_check;

CREATE INDEX CONCURRENTLY items_sku_norm_col_idx ON public.items USING btree (sku_norm);

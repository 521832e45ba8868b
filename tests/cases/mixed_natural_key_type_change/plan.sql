-- schemadiff plan
-- source fingerprint: e0fb7018e1737eac
-- target fingerprint: efb3e3652a49a3a8
-- 9 statements; hazards: none

SET search_path = public;

BEGIN;

DROP INDEX public.products_sku_lower_idx;

DROP INDEX public.products_sku_prefix_idx;

ALTER TABLE public.products DROP CONSTRAINT products_sku_format;

ALTER TABLE public.order_lines ALTER COLUMN sku TYPE text USING sku::text;

ALTER TABLE public.products ALTER COLUMN sku TYPE text USING sku::text;

ALTER TABLE public.products ADD CONSTRAINT products_sku_format CHECK (sku ~ '^[A-Z0-9-]+$' AND length(sku) <= 40) NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_sku_format;

CREATE INDEX CONCURRENTLY products_sku_lower_idx ON public.products USING btree (lower(sku));

CREATE INDEX CONCURRENTLY products_sku_prefix_idx ON public.products USING btree (sku text_pattern_ops);

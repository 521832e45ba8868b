-- schemadiff rollback
-- source fingerprint: efb3e3652a49a3a8
-- target fingerprint: e0fb7018e1737eac
-- 9 statements; hazards: rewrite

BEGIN;

DROP INDEX public.products_sku_lower_idx;

DROP INDEX public.products_sku_prefix_idx;

ALTER TABLE public.products DROP CONSTRAINT products_sku_format;

-- hazard: rewrite
ALTER TABLE public.order_lines ALTER COLUMN sku TYPE character varying(16);

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN sku TYPE character varying(16);

ALTER TABLE public.products ADD CONSTRAINT products_sku_format CHECK (((sku)::text ~ '^[A-Z0-9-]+$'::text)) NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_sku_format;

CREATE INDEX CONCURRENTLY products_sku_lower_idx ON public.products USING btree (lower((sku)::text));

CREATE INDEX CONCURRENTLY products_sku_prefix_idx ON public.products USING btree (sku varchar_pattern_ops);

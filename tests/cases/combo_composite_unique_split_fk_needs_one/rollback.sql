-- schemadiff rollback
-- source fingerprint: a50541e7d42dcfce
-- target fingerprint: 784fcee9cd71cf01
-- 7 statements; hazards: long-lock

BEGIN;

DROP INDEX public.order_lines_sku_idx;

DROP INDEX public.products_region_idx;

ALTER TABLE public.order_lines DROP CONSTRAINT order_lines_product_fkey;

DROP INDEX public.products_sku_key;

-- hazard: long-lock
CREATE UNIQUE INDEX products_sku_region_key ON public.products USING btree (sku, region);

ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_product_fkey FOREIGN KEY (sku, region) REFERENCES public.products(sku, region) NOT VALID;

COMMIT;

ALTER TABLE public.order_lines VALIDATE CONSTRAINT order_lines_product_fkey;

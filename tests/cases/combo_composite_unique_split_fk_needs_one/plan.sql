-- schemadiff plan
-- source fingerprint: 784fcee9cd71cf01
-- target fingerprint: a50541e7d42dcfce
-- 7 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.order_lines DROP CONSTRAINT order_lines_product_fkey;

DROP INDEX public.products_sku_region_key;

-- hazard: long-lock
CREATE UNIQUE INDEX products_sku_key ON public.products USING btree (sku);

ALTER TABLE public.order_lines ADD CONSTRAINT order_lines_product_fkey FOREIGN KEY (sku) REFERENCES public.products(sku) NOT VALID;

COMMIT;

CREATE INDEX CONCURRENTLY order_lines_sku_idx ON public.order_lines USING btree (sku);

CREATE INDEX CONCURRENTLY products_region_idx ON public.products USING btree (region);

ALTER TABLE public.order_lines VALIDATE CONSTRAINT order_lines_product_fkey;

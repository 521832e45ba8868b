-- schemadiff plan
-- source fingerprint: 8e9146494cf7bb43
-- target fingerprint: 739d6f2b086e9685
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.stock DROP CONSTRAINT stock_sku_fkey;

ALTER TABLE public.products DROP CONSTRAINT products_sku_key;

-- hazard: long-lock
CREATE UNIQUE INDEX products_sku_key ON public.products USING btree (sku);

ALTER TABLE public.stock ADD CONSTRAINT stock_sku_fkey FOREIGN KEY (sku) REFERENCES public.products(sku) NOT VALID;

COMMIT;

ALTER TABLE public.stock VALIDATE CONSTRAINT stock_sku_fkey;

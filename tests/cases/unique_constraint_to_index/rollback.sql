-- schemadiff rollback
-- source fingerprint: 739d6f2b086e9685
-- target fingerprint: 8e9146494cf7bb43
-- 5 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.stock DROP CONSTRAINT stock_sku_fkey;

DROP INDEX public.products_sku_key;

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_sku_key UNIQUE (sku);

ALTER TABLE public.stock ADD CONSTRAINT stock_sku_fkey FOREIGN KEY (sku) REFERENCES public.products(sku) NOT VALID;

COMMIT;

ALTER TABLE public.stock VALIDATE CONSTRAINT stock_sku_fkey;

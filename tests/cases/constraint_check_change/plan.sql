-- schemadiff plan
-- source fingerprint: b0c4ffef43abb07d
-- target fingerprint: 3bfc92b1b636c886
-- 9 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_discount_check;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products DROP CONSTRAINT products_sku_check;

ALTER TABLE public.products ADD CONSTRAINT products_discount_check CHECK (discount >= 0 AND discount <= price) NOT VALID;

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0 AND price < 1000000) NOT VALID;

ALTER TABLE public.products ADD CONSTRAINT products_sku_check CHECK (sku ~ '^[A-Z]{3}-[0-9]{4}$') NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_discount_check;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

ALTER TABLE public.products VALIDATE CONSTRAINT products_sku_check;

-- schemadiff rollback
-- source fingerprint: 3bfc92b1b636c886
-- target fingerprint: b0c4ffef43abb07d
-- 9 statements; hazards: none

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_discount_check;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products DROP CONSTRAINT products_sku_check;

ALTER TABLE public.products ADD CONSTRAINT products_discount_check CHECK (((discount >= (0)::numeric) AND (discount < price))) NOT VALID;

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK ((price > (0)::numeric)) NOT VALID;

ALTER TABLE public.products ADD CONSTRAINT products_sku_check CHECK ((length(sku) = 8)) NOT VALID;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_discount_check;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

ALTER TABLE public.products VALIDATE CONSTRAINT products_sku_check;

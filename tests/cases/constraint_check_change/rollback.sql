-- schemadiff rollback
-- source fingerprint: 3bfc92b1b636c886
-- target fingerprint: b0c4ffef43abb07d
-- 6 statements; hazards: long-lock

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_discount_check;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products DROP CONSTRAINT products_sku_check;

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_discount_check CHECK (((discount >= (0)::numeric) AND (discount < price)));

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK ((price > (0)::numeric));

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_sku_check CHECK ((length(sku) = 8));

COMMIT;

-- schemadiff plan
-- source fingerprint: b0c4ffef43abb07d
-- target fingerprint: 3bfc92b1b636c886
-- 6 statements; hazards: long-lock

SET search_path = "$user", public;

BEGIN;

ALTER TABLE public.products DROP CONSTRAINT products_discount_check;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products DROP CONSTRAINT products_sku_check;

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_discount_check CHECK (discount >= 0 AND discount <= price);

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0 AND price < 1000000);

-- hazard: long-lock
ALTER TABLE public.products ADD CONSTRAINT products_sku_check CHECK (sku ~ '^[A-Z]{3}-[0-9]{4}$');

COMMIT;

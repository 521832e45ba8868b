-- schemadiff plan
-- source fingerprint: bb75d193dd168bc6
-- target fingerprint: 950dc46c496c91b8
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.products ADD COLUMN price numeric;

CREATE OR REPLACE VIEW public.product_list AS
 SELECT products.id,
    products.name,
    products.price
   FROM public.products;

COMMIT;

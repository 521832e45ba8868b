-- schemadiff rollback
-- source fingerprint: 55ea076508240546
-- target fingerprint: 534caefc2dfc09d0
-- 4 statements; hazards: none

BEGIN;

DROP VIEW public.catalog;

CREATE VIEW public.catalog AS
 SELECT products.id,
    products.sku,
    products.title,
    products.price_cents
   FROM public.products;

COMMENT ON COLUMN public.catalog.sku IS 'Stock keeping unit';

COMMENT ON VIEW public.catalog IS 'Public product catalog, read by the storefront';

COMMIT;

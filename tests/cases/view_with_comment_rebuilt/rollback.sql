-- schemadiff rollback
-- source fingerprint: 387b8b5933ee3eec
-- target fingerprint: 7bd26024d8b9fee2
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

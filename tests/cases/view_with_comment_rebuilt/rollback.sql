-- schemadiff rollback
-- source fingerprint: 57d381b9a7633305
-- target fingerprint: a5e88675ecce53a7
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

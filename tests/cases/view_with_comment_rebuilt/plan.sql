-- schemadiff plan
-- source fingerprint: 534caefc2dfc09d0
-- target fingerprint: 55ea076508240546
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.catalog;

CREATE VIEW public.catalog AS
SELECT id, sku, price_cents / 100.0 AS price, title
    FROM products;

COMMENT ON COLUMN public.catalog.sku IS 'Stock keeping unit';

COMMENT ON VIEW public.catalog IS 'Public product catalog, read by the storefront';

COMMIT;

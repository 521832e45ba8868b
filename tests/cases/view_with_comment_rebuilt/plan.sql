-- schemadiff plan
-- source fingerprint: 7bd26024d8b9fee2
-- target fingerprint: 387b8b5933ee3eec
-- 4 statements; hazards: none

SET search_path = "$user", public;

BEGIN;

DROP VIEW public.catalog;

CREATE VIEW public.catalog AS
SELECT id, sku, price_cents / 100.0 AS price, title
    FROM products;

COMMENT ON COLUMN public.catalog.sku IS 'Stock keeping unit';

COMMENT ON VIEW public.catalog IS 'Public product catalog, read by the storefront';

COMMIT;

-- schemadiff rollback
-- source fingerprint: cb89dee237125d19
-- target fingerprint: 91e629c712266d2a
-- 7 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.cheap_products;

DROP INDEX public.products_price_idx;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products ALTER COLUMN price DROP DEFAULT;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.products ALTER COLUMN price TYPE integer USING price::integer;

ALTER TABLE public.products ALTER COLUMN price SET DEFAULT 0;

CREATE VIEW public.cheap_products AS
 SELECT products.id,
    products.name,
    products.price
   FROM public.products
  WHERE (products.price < 100);

COMMIT;

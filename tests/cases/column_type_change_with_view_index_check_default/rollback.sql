-- schemadiff rollback
-- source fingerprint: 594331799ddd5b7e
-- target fingerprint: 77ed854ca517a313
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public.cheap_products;

DROP INDEX public.products_price_idx;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products ALTER COLUMN price DROP DEFAULT;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.products ALTER COLUMN price TYPE integer USING price::integer;

ALTER TABLE public.products ALTER COLUMN price SET DEFAULT 0;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN sku TYPE character varying(20);

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK ((price >= 0)) NOT VALID;

CREATE VIEW public.cheap_products AS
 SELECT products.id,
    products.sku,
    products.price
   FROM public.products
  WHERE (products.price < 100);

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

CREATE INDEX CONCURRENTLY products_price_idx ON public.products USING btree (((price * 2)));

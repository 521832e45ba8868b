-- schemadiff plan
-- source fingerprint: 77ed854ca517a313
-- target fingerprint: 594331799ddd5b7e
-- 11 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.cheap_products;

DROP INDEX public.products_price_idx;

ALTER TABLE public.products DROP CONSTRAINT products_price_check;

ALTER TABLE public.products ALTER COLUMN price DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN price TYPE numeric(12,2) USING price::numeric(12,2);

ALTER TABLE public.products ALTER COLUMN price SET DEFAULT 0;

ALTER TABLE public.products ALTER COLUMN sku TYPE character varying(64);

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0) NOT VALID;

CREATE VIEW public.cheap_products AS
SELECT id, sku, price FROM products WHERE price < 100;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

CREATE INDEX CONCURRENTLY products_price_idx ON public.products USING btree (((price * (2)::numeric)));

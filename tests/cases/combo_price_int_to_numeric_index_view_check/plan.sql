-- schemadiff plan
-- source fingerprint: 91e629c712266d2a
-- target fingerprint: cb89dee237125d19
-- 8 statements; hazards: rewrite

SET search_path = public;

BEGIN;

DROP VIEW public.cheap_products;

ALTER TABLE public.products ALTER COLUMN price DROP DEFAULT;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN price TYPE numeric(12,2) USING price::numeric(12,2);

ALTER TABLE public.products ALTER COLUMN price SET DEFAULT 0.00;

ALTER TABLE public.products ADD CONSTRAINT products_price_check CHECK (price >= 0) NOT VALID;

CREATE VIEW public.cheap_products AS
SELECT id, name, price, price * 1.2 AS price_gross FROM products WHERE price < 100.50;

COMMIT;

ALTER TABLE public.products VALIDATE CONSTRAINT products_price_check;

CREATE INDEX CONCURRENTLY products_price_idx ON public.products USING btree (price) WHERE price > 0;

-- schemadiff plan
-- source fingerprint: 72570ddf14123b32
-- target fingerprint: 23d87baebe5c96fb
-- 5 statements; hazards: rewrite

BEGIN;

DROP TRIGGER products_price_changed ON public.products;

DROP TRIGGER products_price_event ON public.products;

-- hazard: rewrite
ALTER TABLE public.products ALTER COLUMN price TYPE numeric(12,2) USING price::numeric(12,2);

CREATE TRIGGER products_price_changed BEFORE UPDATE OF price ON public.products FOR EACH ROW EXECUTE FUNCTION public.products_price_changed();

CREATE TRIGGER products_price_event AFTER UPDATE OF price, name ON public.products FOR EACH STATEMENT EXECUTE FUNCTION public.products_price_event();

COMMIT;

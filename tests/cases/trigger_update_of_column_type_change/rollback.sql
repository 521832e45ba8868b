-- schemadiff rollback
-- source fingerprint: 23d87baebe5c96fb
-- target fingerprint: 72570ddf14123b32
-- 5 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP TRIGGER products_price_changed ON public.products;

DROP TRIGGER products_price_event ON public.products;

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public.products ALTER COLUMN price TYPE integer USING price::integer;

CREATE TRIGGER products_price_changed BEFORE UPDATE OF price ON public.products FOR EACH ROW EXECUTE FUNCTION public.products_price_changed();

CREATE TRIGGER products_price_event AFTER UPDATE OF price, name ON public.products FOR EACH STATEMENT EXECUTE FUNCTION public.products_price_event();

COMMIT;

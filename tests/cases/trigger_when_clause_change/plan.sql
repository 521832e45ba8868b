-- schemadiff plan
-- source fingerprint: a42ce00482595146
-- target fingerprint: ae6d0b2ae6cff982
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER prices_mark_changed ON public.prices;

CREATE TRIGGER prices_mark_changed BEFORE UPDATE OF amount, currency ON public.prices FOR EACH ROW WHEN (((old.amount IS DISTINCT FROM new.amount) OR (old.currency IS DISTINCT FROM new.currency))) EXECUTE FUNCTION public.mark_price_changed();

COMMIT;

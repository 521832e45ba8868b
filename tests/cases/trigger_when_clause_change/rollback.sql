-- schemadiff rollback
-- source fingerprint: ae6d0b2ae6cff982
-- target fingerprint: a42ce00482595146
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER prices_mark_changed ON public.prices;

CREATE TRIGGER prices_mark_changed BEFORE UPDATE ON public.prices FOR EACH ROW WHEN ((old.amount IS DISTINCT FROM new.amount)) EXECUTE FUNCTION public.mark_price_changed();

COMMIT;

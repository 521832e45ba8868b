-- schemadiff plan
-- source fingerprint: af000b48940628e4
-- target fingerprint: fe48ef81cf84cf31
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER prices_mark_changed BEFORE UPDATE OF amount, currency ON public.prices FOR EACH ROW WHEN (((old.amount IS DISTINCT FROM new.amount) OR (old.currency IS DISTINCT FROM new.currency))) EXECUTE FUNCTION public.mark_price_changed();

COMMIT;

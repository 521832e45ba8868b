-- schemadiff rollback
-- source fingerprint: fe48ef81cf84cf31
-- target fingerprint: af000b48940628e4
-- 1 statement; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER prices_mark_changed BEFORE UPDATE ON public.prices FOR EACH ROW WHEN ((old.amount IS DISTINCT FROM new.amount)) EXECUTE FUNCTION public.mark_price_changed();

COMMIT;

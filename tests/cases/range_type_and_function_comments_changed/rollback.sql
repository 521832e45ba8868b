-- schemadiff rollback
-- source fingerprint: b08b042aec212b29
-- target fingerprint: b875cd26f1b1bd6d
-- 4 statements; hazards: none

BEGIN;

COMMENT ON COLUMN public.readings.span IS NULL;

COMMENT ON FUNCTION public.span_width(r public.floatrange) IS 'old';

COMMENT ON TYPE public.floatrange IS 'old';

COMMENT ON TABLE public.readings IS 'to be removed';

COMMIT;

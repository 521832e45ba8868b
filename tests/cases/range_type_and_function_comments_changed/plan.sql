-- schemadiff plan
-- source fingerprint: b875cd26f1b1bd6d
-- target fingerprint: b08b042aec212b29
-- 4 statements; hazards: none

BEGIN;

COMMENT ON TABLE public.readings IS NULL;

COMMENT ON FUNCTION public.span_width(r public.floatrange) IS 'width of a range; NULL if unbounded';

COMMENT ON TYPE public.floatrange IS 'range of double precision values
(closed-open by default)';

COMMENT ON COLUMN public.readings.span IS 'measurement window';

COMMIT;

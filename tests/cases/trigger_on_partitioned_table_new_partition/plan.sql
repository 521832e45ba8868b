-- schemadiff plan
-- source fingerprint: 1023621cc4a45c8d
-- target fingerprint: c55984b218048efa
-- 3 statements; hazards: none

BEGIN;

DROP TRIGGER payments_touch ON public.payments;

CREATE TABLE public.payments_2025 PARTITION OF public.payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TRIGGER payments_touch BEFORE INSERT OR UPDATE ON public.payments FOR EACH ROW EXECUTE FUNCTION public.payments_touch();

COMMIT;

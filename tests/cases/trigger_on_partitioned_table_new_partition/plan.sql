-- schemadiff plan
-- source fingerprint: 1023621cc4a45c8d
-- target fingerprint: c55984b218048efa
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER payments_touch BEFORE INSERT OR UPDATE ON public.payments FOR EACH ROW EXECUTE FUNCTION public.payments_touch();

CREATE TABLE public.payments_2025 PARTITION OF public.payments FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

COMMIT;

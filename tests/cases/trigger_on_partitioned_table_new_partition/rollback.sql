-- schemadiff rollback
-- source fingerprint: c55984b218048efa
-- target fingerprint: 1023621cc4a45c8d
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.payments_2025;

CREATE OR REPLACE TRIGGER payments_touch BEFORE UPDATE ON public.payments FOR EACH ROW EXECUTE FUNCTION public.payments_touch();

COMMIT;

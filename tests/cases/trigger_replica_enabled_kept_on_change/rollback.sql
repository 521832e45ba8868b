-- schemadiff rollback
-- source fingerprint: da0ae010f30b25ab
-- target fingerprint: 5eeb80261d955520
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER tr BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.f();

ALTER TABLE public.t ENABLE REPLICA TRIGGER tr;

COMMIT;

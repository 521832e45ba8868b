-- schemadiff plan
-- source fingerprint: 5eeb80261d955520
-- target fingerprint: da0ae010f30b25ab
-- 2 statements; hazards: none

BEGIN;

CREATE OR REPLACE TRIGGER tr BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((new.v > 0)) EXECUTE FUNCTION public.f();

ALTER TABLE public.t ENABLE TRIGGER tr;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 02b0cc95d7a6cdb4
-- target fingerprint: d2e414ab761de77b
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

DROP FUNCTION public.oc();

-- hazard: data-loss,irreversible
DROP TABLE public.o;

DROP TYPE public.mp;

COMMIT;

-- schemadiff rollback
-- source fingerprint: cd3f6be1875effa0
-- target fingerprint: 011711fcfeaf91e9
-- 2 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.events_apac;

-- hazard: data-loss,irreversible
DROP TABLE public.events_us;

COMMIT;

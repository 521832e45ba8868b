-- schemadiff rollback
-- source fingerprint: 8be42c2291eba3d0
-- target fingerprint: c90adc20381beaef
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER people_display_insert ON public.people_display;

DROP FUNCTION public.people_display_insert();

COMMIT;

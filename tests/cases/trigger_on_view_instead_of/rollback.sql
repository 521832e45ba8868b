-- schemadiff rollback
-- source fingerprint: c070da909a213771
-- target fingerprint: 25700ac134525b70
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER people_display_insert ON public.people_display;

DROP FUNCTION public.people_display_insert();

COMMIT;

-- schemadiff rollback
-- source fingerprint: b798372bd3200294
-- target fingerprint: 9b9f4ba08dccbc65
-- 2 statements; hazards: none

BEGIN;

DROP TRIGGER people_display_insert ON public.people_display;

DROP FUNCTION public.people_display_insert();

COMMIT;

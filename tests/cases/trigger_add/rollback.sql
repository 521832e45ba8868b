-- schemadiff rollback
-- source fingerprint: 9a7cc7dde6f9b8e6
-- target fingerprint: 914652388a091ecf
-- 4 statements; hazards: none

BEGIN;

DROP TRIGGER notes_log_insert ON public.notes;

DROP TRIGGER notes_touch ON public.notes;

DROP FUNCTION public.log_inserted_notes();

DROP FUNCTION public.touch_updated_at();

COMMIT;

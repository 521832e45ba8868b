-- schemadiff rollback
-- source fingerprint: 09c8ac266535e1b4
-- target fingerprint: 70875d11a834dbee
-- 4 statements; hazards: none

BEGIN;

DROP TRIGGER notes_log_insert ON public.notes;

DROP TRIGGER notes_touch ON public.notes;

DROP FUNCTION public.log_inserted_notes();

DROP FUNCTION public.touch_updated_at();

COMMIT;

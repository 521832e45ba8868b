-- schemadiff rollback
-- source fingerprint: 7c59af875cdbdf29
-- target fingerprint: 0e5ab27c6d85c6f0
-- 8 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER b_touch ON public.b;

DROP TRIGGER c_touch ON public.c;

-- hazard: data-loss,irreversible
DROP TABLE public.d;

CREATE OR REPLACE FUNCTION public.touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $function$;

ALTER TABLE public.a ALTER COLUMN updated_at DROP DEFAULT;

ALTER TABLE public.a ALTER COLUMN updated_at DROP NOT NULL;

CREATE TRIGGER b_touch BEFORE UPDATE ON public.b FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE TRIGGER c_touch BEFORE UPDATE ON public.c FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

COMMIT;

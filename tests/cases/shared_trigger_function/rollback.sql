-- schemadiff rollback
-- source fingerprint: 7c59af875cdbdf29
-- target fingerprint: 0e5ab27c6d85c6f0
-- 6 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

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

CREATE OR REPLACE TRIGGER b_touch BEFORE UPDATE ON public.b FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

CREATE OR REPLACE TRIGGER c_touch BEFORE UPDATE ON public.c FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

COMMIT;

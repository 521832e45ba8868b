-- schemadiff rollback
-- source fingerprint: 2e746a96d632889c
-- target fingerprint: df20e4bbb3db7068
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER items_touch ON public.items;

DROP FUNCTION public.touch_updated_at();

CREATE OR REPLACE FUNCTION public.set_updated()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated_at := now(); RETURN NEW; END $function$;

CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.set_updated();

COMMIT;

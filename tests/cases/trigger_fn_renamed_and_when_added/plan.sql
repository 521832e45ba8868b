-- schemadiff plan
-- source fingerprint: df20e4bbb3db7068
-- target fingerprint: 2e746a96d632889c
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER items_touch ON public.items;

DROP FUNCTION public.set_updated();

CREATE OR REPLACE FUNCTION public.touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $function$;

CREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.touch_updated_at();

COMMIT;

-- schemadiff rollback
-- source fingerprint: d41b28339c0d40b3
-- target fingerprint: d4955db8f34f2e4a
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP TRIGGER prices_log ON public.prices;

DROP FUNCTION public.price_changed(a numeric, b numeric, tolerance numeric);

CREATE OR REPLACE FUNCTION public.price_changed(a numeric, b numeric)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT a IS DISTINCT FROM b $function$;

CREATE TRIGGER prices_log AFTER UPDATE ON public.prices FOR EACH ROW WHEN (public.price_changed(old.price, new.price)) EXECUTE FUNCTION public.log_price();

COMMIT;

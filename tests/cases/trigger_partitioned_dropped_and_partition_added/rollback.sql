-- schemadiff rollback
-- source fingerprint: e1d8e720a200f185
-- target fingerprint: 4d7b577b68ab5995
-- 3 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.orders_2025;

CREATE OR REPLACE FUNCTION public.orders_touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN NEW.touched_at := now(); RETURN NEW; END $function$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.orders_touch();

COMMIT;

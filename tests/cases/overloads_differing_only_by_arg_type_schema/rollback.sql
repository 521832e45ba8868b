-- schemadiff rollback
-- source fingerprint: d0b80b37b1648fe4
-- target fingerprint: 7d0dece126416647
-- 6 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.devices;

DROP FUNCTION public.describe(s "Odd ""S"""."Status");

DROP FUNCTION public.describe(s "Odd ""S"""."Status"[]);

CREATE OR REPLACE FUNCTION public.describe(s b.status)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'b:' || s $function$;

COMMENT ON FUNCTION public.describe(s b.status) IS 'for b';

CREATE OR REPLACE FUNCTION public.describe(s "Odd ""S"""."Status"[])
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'odd' $function$;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 40e1db2ce16cf786
-- target fingerprint: c06b014461ecab41
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION public.with_tax(amount numeric, rate numeric DEFAULT 0.20)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT round(amount * (1 + rate), 2) $function$;

COMMIT;

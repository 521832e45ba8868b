-- schemadiff plan
-- source fingerprint: 518472e1ac0c9adf
-- target fingerprint: 6776a73d98daa58b
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.tax_for(amount numeric);

CREATE OR REPLACE FUNCTION public.tax_for(net_amount numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT net_amount * 0.2 $function$;

COMMIT;

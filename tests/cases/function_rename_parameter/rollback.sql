-- schemadiff rollback
-- source fingerprint: 6776a73d98daa58b
-- target fingerprint: 518472e1ac0c9adf
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.tax_for(net_amount numeric);

CREATE OR REPLACE FUNCTION public.tax_for(amount numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT amount * 0.2 $function$;

COMMIT;

-- schemadiff rollback
-- source fingerprint: cea1c111e31c3a84
-- target fingerprint: dcdff0d847578d52
-- 5 statements; hazards: data-loss,irreversible

SET check_function_bodies = false;

BEGIN;

-- hazard: data-loss,irreversible
ALTER TABLE billing.invoice DROP COLUMN header;

-- hazard: data-loss,irreversible
ALTER TABLE catalog.item DROP COLUMN price;

DROP FUNCTION billing.line_count(i billing.invoice);

-- hazard: data-loss,irreversible
ALTER TYPE billing.item DROP ATTRIBUTE unit_price;

CREATE OR REPLACE FUNCTION public.line_count(i billing.invoice)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(array_length(i.lines, 1), 0) $function$;

COMMIT;

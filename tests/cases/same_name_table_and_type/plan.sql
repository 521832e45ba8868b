-- schemadiff plan
-- source fingerprint: dcdff0d847578d52
-- target fingerprint: cea1c111e31c3a84
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.line_count(i billing.invoice);

ALTER TYPE billing.item ADD ATTRIBUTE unit_price numeric(10,2);

ALTER TABLE billing.invoice ADD COLUMN header catalog.item;

CREATE OR REPLACE FUNCTION billing.line_count(i billing.invoice)
 RETURNS integer
 LANGUAGE sql
 STABLE
AS $function$ SELECT coalesce(array_length(i.lines, 1), 0) $function$;

ALTER TABLE catalog.item ADD COLUMN price numeric(10,2);

COMMIT;

-- schemadiff plan
-- source fingerprint: 6d8af57ce5ab35c3
-- target fingerprint: 647c9f1339472d4b
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION fx.is_currency_code(code text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT code ~ '^[A-Z]{3}$' AND code NOT IN ('XXX', 'XTS') $function$;

COMMIT;

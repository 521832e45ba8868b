-- schemadiff rollback
-- source fingerprint: 647c9f1339472d4b
-- target fingerprint: 6d8af57ce5ab35c3
-- 1 statement; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION fx.is_currency_code(code text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT code ~ '^[A-Z]{3}$' $function$;

COMMIT;

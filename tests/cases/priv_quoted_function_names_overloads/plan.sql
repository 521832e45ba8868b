-- schemadiff plan
-- source fingerprint: ba5e29b3b6cb9266
-- target fingerprint: bac5032306fdf459
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION "Billing"."GetRate"(plan text, "Currency" character)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 9.99 $function$;

REVOKE ALL ON FUNCTION "Billing"."GetRate"(plan text, "Currency" character) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION "Billing"."GetRate"(plan text, "Currency" character) TO sd_reader;

GRANT EXECUTE ON FUNCTION "Billing"."GetRate"(plan text) TO sd_writer;

COMMIT;

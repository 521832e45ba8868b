-- schemadiff plan
-- source fingerprint: 6be558982ea67f19
-- target fingerprint: 3e7a6fba580f30bd
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.bump(IN counter_name text, INOUT new_value bigint);

CREATE OR REPLACE PROCEDURE public.bump(IN counter_name text, OUT old_value bigint, INOUT new_value bigint DEFAULT NULL::bigint)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = counter_name RETURNING value - 1, value INTO old_value, new_value;
END
$procedure$;

COMMIT;

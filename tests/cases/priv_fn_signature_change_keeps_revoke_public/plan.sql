-- schemadiff plan
-- source fingerprint: af232357321c28c4
-- target fingerprint: 0c14a8918255ef76
-- 6 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION api.find_user(p_id integer);

CREATE OR REPLACE FUNCTION api.find_user(p_id bigint)
 RETURNS api.users
 LANGUAGE sql
 STABLE SECURITY DEFINER
AS $function$ SELECT * FROM api.users WHERE id = p_id $function$;

REVOKE ALL ON FUNCTION api.find_user(p_id bigint) FROM PUBLIC;

GRANT USAGE ON SCHEMA api TO sd_writer;

GRANT EXECUTE ON FUNCTION api.find_user(p_id bigint) TO sd_reader;

GRANT EXECUTE ON FUNCTION api.find_user(p_id bigint) TO sd_writer;

COMMIT;

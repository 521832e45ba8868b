-- schemadiff rollback
-- source fingerprint: 0c14a8918255ef76
-- target fingerprint: af232357321c28c4
-- 5 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

REVOKE USAGE ON SCHEMA api FROM sd_writer;

DROP FUNCTION api.find_user(p_id bigint);

CREATE OR REPLACE FUNCTION api.find_user(p_id integer)
 RETURNS api.users
 LANGUAGE sql
 STABLE SECURITY DEFINER
AS $function$ SELECT * FROM api.users WHERE id = p_id $function$;

REVOKE ALL ON FUNCTION api.find_user(p_id integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION api.find_user(p_id integer) TO sd_reader;

COMMIT;

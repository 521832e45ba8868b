-- schemadiff plan
-- source fingerprint: 83b4339ed963a731
-- target fingerprint: a7b780700e6c331b
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE FUNCTION app.claim_job()
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'app', 'pg_temp'
 SET lock_timeout TO '2s'
AS $function$ DECLARE j int; BEGIN SELECT id INTO j FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED; RETURN j; END $function$;

CREATE OR REPLACE FUNCTION app.report()
 RETURNS bigint
 LANGUAGE sql
 STABLE
 SET work_mem TO '128MB'
AS $function$ SELECT count(*) FROM app.jobs $function$;

COMMIT;

-- schemadiff plan
-- source fingerprint: b2e8579fb13de16f
-- target fingerprint: 3e4f2069240d8dc6
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.requeue(job integer);

CREATE OR REPLACE FUNCTION public.requeue(p_job_id integer)
 RETURNS void
 LANGUAGE sql
AS $function$ UPDATE jobs SET state = 'queued' WHERE id = p_job_id $function$;

REVOKE ALL ON FUNCTION public.requeue(p_job_id integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.requeue(p_job_id integer) TO sd_admin;

COMMIT;

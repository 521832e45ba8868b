-- schemadiff rollback
-- source fingerprint: 3e4f2069240d8dc6
-- target fingerprint: b2e8579fb13de16f
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.requeue(p_job_id integer);

CREATE OR REPLACE FUNCTION public.requeue(job integer)
 RETURNS void
 LANGUAGE sql
AS $function$ UPDATE jobs SET state = 'queued' WHERE id = job $function$;

REVOKE ALL ON FUNCTION public.requeue(job integer) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.requeue(job integer) TO sd_admin;

COMMIT;

-- schemadiff rollback
-- source fingerprint: b4821da969ae8293
-- target fingerprint: 8e509778093977d4
-- 4 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.requeue(p_job_id integer);

CREATE OR REPLACE FUNCTION public.requeue(job integer)
 RETURNS void
 LANGUAGE sql
AS $function$ UPDATE jobs SET state = 'queued' WHERE id = job $function$;

GRANT EXECUTE ON FUNCTION public.requeue(job integer) TO sd_admin;

REVOKE ALL ON FUNCTION public.requeue(job integer) FROM PUBLIC;

COMMIT;

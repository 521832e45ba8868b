-- schemadiff rollback
-- source fingerprint: 3834daae3c1fd40f
-- target fingerprint: d1be9c8cb2abdf92
-- 8 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.job_count();

DROP PROCEDURE public.requeue(IN p_job_id integer);

CREATE OR REPLACE FUNCTION public.job_count(OUT total integer, OUT queued integer)
 RETURNS record
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*)::int, count(*) FILTER (WHERE state = 'queued')::int FROM jobs $function$;

GRANT EXECUTE ON FUNCTION public.job_count() TO sd_reader WITH GRANT OPTION;

REVOKE ALL ON FUNCTION public.job_count() FROM PUBLIC;

CREATE OR REPLACE PROCEDURE public.requeue(IN job integer)
 LANGUAGE sql
AS $procedure$ UPDATE jobs SET state = 'queued' WHERE id = job $procedure$;

GRANT EXECUTE ON PROCEDURE public.requeue(IN job integer) TO sd_admin;

REVOKE ALL ON PROCEDURE public.requeue(IN job integer) FROM PUBLIC;

COMMIT;

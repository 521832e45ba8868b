-- schemadiff plan
-- source fingerprint: d1be9c8cb2abdf92
-- target fingerprint: 3834daae3c1fd40f
-- 8 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP FUNCTION public.job_count();

DROP PROCEDURE public.requeue(IN job integer);

CREATE OR REPLACE FUNCTION public.job_count(OUT total bigint, OUT queued bigint)
 RETURNS record
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*), count(*) FILTER (WHERE state = 'queued') FROM jobs $function$;

GRANT EXECUTE ON FUNCTION public.job_count() TO sd_reader WITH GRANT OPTION;

REVOKE ALL ON FUNCTION public.job_count() FROM PUBLIC;

CREATE OR REPLACE PROCEDURE public.requeue(IN p_job_id integer)
 LANGUAGE sql
AS $procedure$ UPDATE jobs SET state = 'queued' WHERE id = p_job_id $procedure$;

GRANT EXECUTE ON PROCEDURE public.requeue(IN job integer) TO sd_admin;

REVOKE ALL ON PROCEDURE public.requeue(IN p_job_id integer) FROM PUBLIC;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 5eaa2c7882510559
-- target fingerprint: 530d233ed94485fc
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

DROP PROCEDURE public.enqueue_job(IN p_payload jsonb, INOUT p_id bigint);

CREATE OR REPLACE PROCEDURE public.purge_finished_jobs(IN older_than interval)
 LANGUAGE sql
AS $procedure$
    DELETE FROM job_queue WHERE finished_at < now() - older_than;
$procedure$;

COMMIT;

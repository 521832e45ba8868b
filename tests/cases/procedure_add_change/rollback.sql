-- schemadiff rollback
-- source fingerprint: 7ba42e3ac30623a6
-- target fingerprint: 70f4cb8c2a168d17
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

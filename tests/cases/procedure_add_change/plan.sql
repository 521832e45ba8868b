-- schemadiff plan
-- source fingerprint: 530d233ed94485fc
-- target fingerprint: 5eaa2c7882510559
-- 2 statements; hazards: none

SET check_function_bodies = false;

BEGIN;

CREATE OR REPLACE PROCEDURE public.purge_finished_jobs(IN older_than interval)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
    DELETE FROM job_queue
    WHERE finished_at IS NOT NULL AND finished_at < now() - older_than;
    COMMIT;
END;
$procedure$;

CREATE OR REPLACE PROCEDURE public.enqueue_job(IN p_payload jsonb, INOUT p_id bigint DEFAULT NULL::bigint)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
    INSERT INTO job_queue (payload) VALUES (p_payload) RETURNING id INTO p_id;
END;
$procedure$;

COMMIT;

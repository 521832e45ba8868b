CREATE TABLE job_queue (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload jsonb NOT NULL,
    finished_at timestamptz
);

CREATE PROCEDURE purge_finished_jobs(older_than interval)
    LANGUAGE plpgsql
    AS $$
BEGIN
    DELETE FROM job_queue
    WHERE finished_at IS NOT NULL AND finished_at < now() - older_than;
    COMMIT;
END;
$$;

CREATE PROCEDURE enqueue_job(IN p_payload jsonb, INOUT p_id bigint DEFAULT NULL)
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO job_queue (payload) VALUES (p_payload) RETURNING id INTO p_id;
END;
$$;

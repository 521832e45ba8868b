CREATE TABLE job_queue (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload jsonb NOT NULL,
    finished_at timestamptz
);

CREATE PROCEDURE purge_finished_jobs(older_than interval)
    LANGUAGE sql
    AS $$
    DELETE FROM job_queue WHERE finished_at < now() - older_than;
$$;

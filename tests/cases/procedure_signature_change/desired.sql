-- Procedure signature change.
CREATE TABLE jobs (id bigint PRIMARY KEY, state text NOT NULL);
CREATE PROCEDURE archive_jobs(older_than interval, INOUT archived integer DEFAULT 0)
    LANGUAGE plpgsql AS $$ BEGIN DELETE FROM jobs WHERE state = 'done'; GET DIAGNOSTICS archived = ROW_COUNT; END $$;

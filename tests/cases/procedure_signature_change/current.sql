-- Procedure signature change.
CREATE TABLE jobs (id bigint PRIMARY KEY, state text NOT NULL);
CREATE PROCEDURE archive_jobs(older_than interval)
    LANGUAGE plpgsql AS $$ BEGIN DELETE FROM jobs WHERE state = 'done'; END $$;

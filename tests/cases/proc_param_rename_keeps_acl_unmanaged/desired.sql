CREATE TABLE jobs (id int PRIMARY KEY, state text);
CREATE PROCEDURE requeue(p_job_id int) LANGUAGE sql AS $$ UPDATE jobs SET state = 'queued' WHERE id = p_job_id $$;
REVOKE EXECUTE ON PROCEDURE requeue(int) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE requeue(int) TO sd_admin;
CREATE FUNCTION job_count(OUT total bigint, OUT queued bigint) LANGUAGE sql STABLE AS $$ SELECT count(*), count(*) FILTER (WHERE state = 'queued') FROM jobs $$;
REVOKE EXECUTE ON FUNCTION job_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION job_count() TO sd_reader WITH GRANT OPTION;

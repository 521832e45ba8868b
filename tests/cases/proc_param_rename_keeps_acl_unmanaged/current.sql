CREATE TABLE jobs (id int PRIMARY KEY, state text);
CREATE PROCEDURE requeue(job int) LANGUAGE sql AS $$ UPDATE jobs SET state = 'queued' WHERE id = job $$;
REVOKE EXECUTE ON PROCEDURE requeue(int) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE requeue(int) TO sd_admin;
CREATE FUNCTION job_count(OUT total int, OUT queued int) LANGUAGE sql STABLE AS $$ SELECT count(*)::int, count(*) FILTER (WHERE state = 'queued')::int FROM jobs $$;
REVOKE EXECUTE ON FUNCTION job_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION job_count() TO sd_reader WITH GRANT OPTION;

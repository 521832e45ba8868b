CREATE TABLE jobs (id int PRIMARY KEY, state text);
CREATE FUNCTION requeue(p_job_id int) RETURNS void LANGUAGE sql AS $$ UPDATE jobs SET state = 'queued' WHERE id = p_job_id $$;
REVOKE EXECUTE ON FUNCTION requeue(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION requeue(int) TO sd_admin;

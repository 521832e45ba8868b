CREATE TABLE jobs (id int PRIMARY KEY, state text);
CREATE FUNCTION requeue(job int) RETURNS void LANGUAGE sql AS $$ UPDATE jobs SET state = 'queued' WHERE id = job $$;
REVOKE EXECUTE ON FUNCTION requeue(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION requeue(int) TO sd_admin;

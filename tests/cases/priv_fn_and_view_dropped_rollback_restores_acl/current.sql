CREATE TABLE jobs (id int PRIMARY KEY, state text);
CREATE FUNCTION purge_jobs() RETURNS bigint LANGUAGE sql AS $$ WITH d AS (DELETE FROM jobs WHERE state = 'done' RETURNING 1) SELECT count(*) FROM d $$;
REVOKE EXECUTE ON FUNCTION purge_jobs() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_jobs() TO sd_admin;
CREATE VIEW open_jobs AS SELECT id FROM jobs WHERE state <> 'done';
GRANT SELECT ON open_jobs TO sd_reader;

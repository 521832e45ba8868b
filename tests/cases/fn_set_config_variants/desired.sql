CREATE SCHEMA app;
CREATE TABLE app.jobs (id int PRIMARY KEY, payload jsonb);
CREATE FUNCTION app.claim_job() RETURNS int
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, app, pg_temp
    SET lock_timeout = '2s'
    AS $$ DECLARE j int; BEGIN SELECT id INTO j FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED; RETURN j; END $$;
CREATE FUNCTION app.report() RETURNS bigint
    LANGUAGE sql STABLE
    SET work_mem = '128MB'
    AS $$ SELECT count(*) FROM app.jobs $$;

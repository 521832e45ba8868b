CREATE SCHEMA app;
CREATE TABLE app.jobs (id int PRIMARY KEY, payload jsonb);
CREATE FUNCTION app.claim_job() RETURNS int
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = app, pg_temp
    AS $$ DECLARE j int; BEGIN SELECT id INTO j FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED; RETURN j; END $$;
CREATE FUNCTION app.report() RETURNS bigint
    LANGUAGE sql STABLE
    SET work_mem = '64MB'
    SET statement_timeout = '5s'
    AS $$ SELECT count(*) FROM app.jobs $$;

CREATE SEQUENCE job_seq AS bigint START WITH 1 INCREMENT BY 2;
CREATE VIEW job_seq_status AS SELECT last_value, is_called FROM job_seq;
CREATE FUNCTION next_job() RETURNS bigint LANGUAGE sql AS $$ SELECT nextval('job_seq') $$;
CREATE TABLE jobs (
    id bigint NOT NULL DEFAULT next_job() PRIMARY KEY,
    payload jsonb
);

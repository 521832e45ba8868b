-- Three-level view chain spread over schemas, with grants on each level;
-- the bottom column is widened varchar(40) -> varchar(120).
CREATE SCHEMA api;
CREATE SCHEMA reporting;
CREATE TABLE public.users (id integer PRIMARY KEY, email varchar(40) NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW api.users_v AS SELECT id, email, active FROM public.users;
CREATE VIEW api.active_users_v AS SELECT id, email FROM api.users_v WHERE active;
CREATE VIEW reporting.active_user_domains AS
    SELECT split_part(email, '@', 2) AS domain, count(*) AS n, max(email) AS sample
    FROM api.active_users_v GROUP BY 1;
GRANT USAGE ON SCHEMA api, reporting TO sd_reader;
GRANT SELECT ON api.users_v TO sd_writer;
GRANT SELECT ON api.active_users_v TO sd_reader;
GRANT SELECT ON reporting.active_user_domains TO sd_reader, sd_admin;

-- schemadiff plan
-- source fingerprint: eb0fc54a696b1965
-- target fingerprint: 436230a929a850fe
-- 11 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW reporting.active_user_domains;

DROP VIEW api.active_users_v;

DROP VIEW api.users_v;

ALTER TABLE public.users ALTER COLUMN email TYPE character varying(120);

CREATE VIEW api.users_v AS
SELECT id, email, active FROM public.users;

CREATE VIEW api.active_users_v AS
SELECT id, email FROM api.users_v WHERE active;

CREATE VIEW reporting.active_user_domains AS
SELECT split_part(email, '@', 2) AS domain, count(*) AS n, max(email) AS sample
    FROM api.active_users_v GROUP BY 1;

GRANT SELECT ON TABLE api.active_users_v TO sd_reader;

GRANT SELECT ON TABLE api.users_v TO sd_writer;

GRANT SELECT ON TABLE reporting.active_user_domains TO sd_admin;

GRANT SELECT ON TABLE reporting.active_user_domains TO sd_reader;

COMMIT;

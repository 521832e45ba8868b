-- schemadiff rollback
-- source fingerprint: 436230a929a850fe
-- target fingerprint: eb0fc54a696b1965
-- 11 statements; hazards: rewrite

BEGIN;

DROP VIEW reporting.active_user_domains;

DROP VIEW api.active_users_v;

DROP VIEW api.users_v;

-- hazard: rewrite
ALTER TABLE public.users ALTER COLUMN email TYPE character varying(40);

CREATE VIEW api.users_v AS
 SELECT users.id,
    users.email,
    users.active
   FROM public.users;

CREATE VIEW api.active_users_v AS
 SELECT users_v.id,
    users_v.email
   FROM api.users_v
  WHERE users_v.active;

CREATE VIEW reporting.active_user_domains AS
 SELECT split_part((active_users_v.email)::text, '@'::text, 2) AS domain,
    count(*) AS n,
    max((active_users_v.email)::text) AS sample
   FROM api.active_users_v
  GROUP BY (split_part((active_users_v.email)::text, '@'::text, 2));

GRANT SELECT ON TABLE api.active_users_v TO sd_reader;

GRANT SELECT ON TABLE api.users_v TO sd_writer;

GRANT SELECT ON TABLE reporting.active_user_domains TO sd_admin;

GRANT SELECT ON TABLE reporting.active_user_domains TO sd_reader;

COMMIT;

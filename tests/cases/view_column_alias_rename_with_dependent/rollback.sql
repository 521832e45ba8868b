-- schemadiff rollback
-- source fingerprint: d6dbc5fd236b22a2
-- target fingerprint: 245ecb99d5df60a5
-- 4 statements; hazards: none

BEGIN;

DROP VIEW public.active_user_emails;

DROP VIEW public.active_users;

CREATE VIEW public.active_users AS
 SELECT users.id AS user_id,
    users.email AS mail
   FROM public.users;

CREATE VIEW public.active_user_emails AS
 SELECT active_users.mail
   FROM public.active_users;

COMMIT;

-- schemadiff plan
-- source fingerprint: 245ecb99d5df60a5
-- target fingerprint: d6dbc5fd236b22a2
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

DROP VIEW public.active_user_emails;

DROP VIEW public.active_users;

CREATE VIEW public.active_users AS
 SELECT users.id AS user_id,
    users.email AS email_address
   FROM public.users;

CREATE VIEW public.active_user_emails AS
SELECT email_address FROM active_users;

COMMIT;

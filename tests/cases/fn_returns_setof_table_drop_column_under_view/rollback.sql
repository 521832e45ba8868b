-- schemadiff rollback
-- source fingerprint: 6185b6f0c3995927
-- target fingerprint: b65453503a5fdb4c
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.users ADD COLUMN legacy_pw text;

CREATE OR REPLACE VIEW public.user_emails AS
 SELECT active_users.id,
    active_users.email
   FROM public.active_users() active_users(id, email, legacy_pw);

COMMIT;

-- schemadiff rollback
-- source fingerprint: e59c7ff570dd56d2
-- target fingerprint: a559b7d672728706
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.users_admins_idx;

DROP INDEX public.users_email_live_key;

COMMIT;

-- schemadiff rollback
-- source fingerprint: 9561bcb4beb3bff9
-- target fingerprint: 35f4fb03f7bee76b
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.users_admins_idx;

DROP INDEX public.users_email_live_key;

COMMIT;

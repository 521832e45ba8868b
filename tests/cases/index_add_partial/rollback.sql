-- schemadiff rollback
-- source fingerprint: b9315f5a4c5fd0f3
-- target fingerprint: 7cb4fbef37791508
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.users_admins_idx;

DROP INDEX public.users_email_live_key;

COMMIT;

-- schemadiff rollback
-- source fingerprint: a9c3b4adfff95778
-- target fingerprint: c0f094336a2c995e
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.users_admins_idx;

DROP INDEX public.users_email_live_key;

COMMIT;

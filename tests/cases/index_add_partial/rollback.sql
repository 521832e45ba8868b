-- schemadiff rollback
-- source fingerprint: f67959e183c57dde
-- target fingerprint: e238cd34c26923f4
-- 2 statements; hazards: none

BEGIN;

DROP INDEX public.users_admins_idx;

DROP INDEX public.users_email_live_key;

COMMIT;

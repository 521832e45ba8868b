-- schemadiff rollback
-- source fingerprint: b155fda808d26f5e
-- target fingerprint: 4c983adb4df12e53
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.accounts_full_name_idx;

DROP INDEX public.accounts_lower_email_key;

DROP INDEX public.accounts_profile_kind_idx;

COMMIT;

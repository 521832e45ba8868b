-- schemadiff rollback
-- source fingerprint: 5b1f1c579fe0d7f3
-- target fingerprint: a6f177f9193c727d
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.accounts_full_name_idx;

DROP INDEX public.accounts_lower_email_key;

DROP INDEX public.accounts_profile_kind_idx;

COMMIT;

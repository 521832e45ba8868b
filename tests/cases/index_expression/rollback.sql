-- schemadiff rollback
-- source fingerprint: fece8588a07544de
-- target fingerprint: e4e0c8ee83c6ec7c
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.accounts_full_name_idx;

DROP INDEX public.accounts_lower_email_key;

DROP INDEX public.accounts_profile_kind_idx;

COMMIT;

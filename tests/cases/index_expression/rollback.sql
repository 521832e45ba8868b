-- schemadiff rollback
-- source fingerprint: 0ed98648def3ebed
-- target fingerprint: 027c62642b952e84
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.accounts_full_name_idx;

DROP INDEX public.accounts_lower_email_key;

DROP INDEX public.accounts_profile_kind_idx;

COMMIT;

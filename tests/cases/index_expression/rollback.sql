-- schemadiff rollback
-- source fingerprint: 59d5d1dfe4d0a81b
-- target fingerprint: 23d52d638c65c3f3
-- 3 statements; hazards: none

BEGIN;

DROP INDEX public.accounts_full_name_idx;

DROP INDEX public.accounts_lower_email_key;

DROP INDEX public.accounts_profile_kind_idx;

COMMIT;

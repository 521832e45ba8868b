-- schemadiff rollback
-- source fingerprint: 06425ddb1abf4757
-- target fingerprint: 28db8ad261c99e11
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_handle_key;

ALTER TABLE public.members DROP CONSTRAINT members_org_email_key;

COMMIT;

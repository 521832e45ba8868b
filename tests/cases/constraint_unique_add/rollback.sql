-- schemadiff rollback
-- source fingerprint: 7a74a66a38298f1f
-- target fingerprint: 1c751cde5e004fc6
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_handle_key;

ALTER TABLE public.members DROP CONSTRAINT members_org_email_key;

COMMIT;

-- schemadiff rollback
-- source fingerprint: ed52eac53264d121
-- target fingerprint: a1450d8142771550
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_handle_key;

ALTER TABLE public.members DROP CONSTRAINT members_org_email_key;

COMMIT;

-- schemadiff rollback
-- source fingerprint: c1bd65ba3064304b
-- target fingerprint: 98b970de7dc0e91d
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_handle_key;

ALTER TABLE public.members DROP CONSTRAINT members_org_email_key;

COMMIT;

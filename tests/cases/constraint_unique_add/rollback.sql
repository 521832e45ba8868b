-- schemadiff rollback
-- source fingerprint: 99a484ce819ed888
-- target fingerprint: d3b56f6b2670d6f3
-- 2 statements; hazards: none

BEGIN;

ALTER TABLE public.members DROP CONSTRAINT members_handle_key;

ALTER TABLE public.members DROP CONSTRAINT members_org_email_key;

COMMIT;

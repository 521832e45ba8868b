-- schemadiff plan
-- source fingerprint: 28db8ad261c99e11
-- target fingerprint: 06425ddb1abf4757
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_handle_key UNIQUE (handle);

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_org_email_key UNIQUE (org_id, email) INCLUDE (handle);

COMMIT;

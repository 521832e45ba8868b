-- schemadiff plan
-- source fingerprint: a1450d8142771550
-- target fingerprint: ed52eac53264d121
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_handle_key UNIQUE (handle);

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_org_email_key UNIQUE (org_id, email) INCLUDE (handle);

COMMIT;

-- schemadiff plan
-- source fingerprint: 1c751cde5e004fc6
-- target fingerprint: 7a74a66a38298f1f
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_handle_key UNIQUE (handle);

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_org_email_key UNIQUE (org_id, email) INCLUDE (handle);

COMMIT;

-- schemadiff plan
-- source fingerprint: d3b56f6b2670d6f3
-- target fingerprint: 99a484ce819ed888
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_handle_key UNIQUE (handle);

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_org_email_key UNIQUE (org_id, email) INCLUDE (handle);

COMMIT;

-- schemadiff plan
-- source fingerprint: 98b970de7dc0e91d
-- target fingerprint: c1bd65ba3064304b
-- 2 statements; hazards: long-lock

BEGIN;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_handle_key UNIQUE (handle);

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_org_email_key UNIQUE (org_id, email) INCLUDE (handle);

COMMIT;

-- schemadiff plan
-- source fingerprint: a1450d8142771550
-- target fingerprint: ed52eac53264d121
-- 4 statements; hazards: none

CREATE UNIQUE INDEX CONCURRENTLY members_handle_key ON public.members (handle);

ALTER TABLE public.members ADD CONSTRAINT members_handle_key UNIQUE USING INDEX members_handle_key;

CREATE UNIQUE INDEX CONCURRENTLY members_org_email_key ON public.members (org_id, email) INCLUDE (handle);

ALTER TABLE public.members ADD CONSTRAINT members_org_email_key UNIQUE USING INDEX members_org_email_key;

-- schemadiff plan
-- source fingerprint: e24b9d451d8675c2
-- target fingerprint: 6823c02285e6a9db
-- 12 statements; hazards: long-lock

SET search_path = public;

BEGIN;

ALTER TABLE public.notes DROP CONSTRAINT notes_member_id_fkey;

ALTER TABLE public.members DROP CONSTRAINT members_email_key;

ALTER TABLE public.members ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.members ADD COLUMN tenant_id integer DEFAULT 1 NOT NULL;

ALTER TABLE public.notes ADD COLUMN tenant_id integer DEFAULT 1 NOT NULL;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_tenant_email_key UNIQUE (tenant_id, email);

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_tenant_id_key UNIQUE (tenant_id, id);

ALTER TABLE public.notes ADD CONSTRAINT notes_member_fkey FOREIGN KEY (tenant_id, member_id) REFERENCES public.members(tenant_id, id) NOT VALID;

CREATE POLICY members_tenant ON public.members AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id = coalesce(nullif(current_setting('app.tenant', true), ''), '1')::integer);

CREATE POLICY notes_tenant ON public.notes AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id = coalesce(nullif(current_setting('app.tenant', true), ''), '1')::integer);

COMMIT;

ALTER TABLE public.notes VALIDATE CONSTRAINT notes_member_fkey;

-- schemadiff rollback
-- source fingerprint: 6823c02285e6a9db
-- target fingerprint: e24b9d451d8675c2
-- 12 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP POLICY members_tenant ON public.members;

DROP POLICY notes_tenant ON public.notes;

ALTER TABLE public.notes DROP CONSTRAINT notes_member_fkey;

ALTER TABLE public.members DROP CONSTRAINT members_tenant_email_key;

ALTER TABLE public.members DROP CONSTRAINT members_tenant_id_key;

ALTER TABLE public.members DISABLE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE public.members DROP COLUMN tenant_id;

ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY;

-- hazard: data-loss,irreversible
ALTER TABLE public.notes DROP COLUMN tenant_id;

-- hazard: long-lock
ALTER TABLE public.members ADD CONSTRAINT members_email_key UNIQUE (email);

ALTER TABLE public.notes ADD CONSTRAINT notes_member_id_fkey FOREIGN KEY (member_id) REFERENCES public.members(id) NOT VALID;

COMMIT;

ALTER TABLE public.notes VALIDATE CONSTRAINT notes_member_id_fkey;

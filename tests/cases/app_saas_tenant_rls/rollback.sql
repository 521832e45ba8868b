-- schemadiff rollback
-- source fingerprint: 9735045e98648e65
-- target fingerprint: 485dd9d6b6e018bb
-- 25 statements; hazards: data-loss,long-lock,irreversible

BEGIN;

DROP POLICY tenant_isolation ON public.memberships;

DROP POLICY tenant_isolation ON public.projects;

DROP INDEX public.projects_org_idx;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_organization_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_organization_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_role_check;

ALTER TABLE public.projects DROP CONSTRAINT projects_org_slug_key;

-- hazard: data-loss,irreversible
ALTER TABLE public.organizations DROP COLUMN plan;

-- hazard: data-loss,irreversible
ALTER TABLE public.users DROP COLUMN last_seen_at;

ALTER TABLE public.memberships DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.projects DISABLE ROW LEVEL SECURITY;

ALTER TABLE public.projects ALTER COLUMN organization_id DROP DEFAULT;

DROP FUNCTION public.current_tenant();

ALTER TABLE public.projects ALTER COLUMN organization_id DROP NOT NULL;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_slug_key UNIQUE (slug);

ALTER TABLE public.memberships ADD CONSTRAINT memberships_role_check CHECK ((role = ANY (ARRAY['owner'::text, 'admin'::text, 'member'::text]))) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) NOT VALID;

ALTER TABLE public.projects ADD CONSTRAINT projects_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) NOT VALID;

COMMIT;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_role_check;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_organization_id_fkey;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.projects VALIDATE CONSTRAINT projects_organization_id_fkey;

CREATE INDEX CONCURRENTLY projects_org_idx ON public.projects USING btree (organization_id);

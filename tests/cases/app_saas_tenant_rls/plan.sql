-- schemadiff plan
-- source fingerprint: 485dd9d6b6e018bb
-- target fingerprint: 9735045e98648e65
-- 28 statements; hazards: long-lock

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP INDEX public.projects_org_idx;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_organization_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.projects DROP CONSTRAINT projects_organization_id_fkey;

ALTER TABLE public.memberships DROP CONSTRAINT memberships_role_check;

ALTER TABLE public.projects DROP CONSTRAINT projects_slug_key;

ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION public.current_tenant()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ select nullif(current_setting('app.tenant_id', true), '')::bigint $function$;

ALTER TABLE public.projects ALTER COLUMN organization_id SET DEFAULT public.current_tenant();

ALTER TABLE public.projects ADD CONSTRAINT schemadiff_nn_eaa3325b9a37bb19 CHECK (organization_id IS NOT NULL) NOT VALID;

ALTER TABLE public.organizations ADD COLUMN plan text DEFAULT 'free'::text NOT NULL;

ALTER TABLE public.users ADD COLUMN last_seen_at timestamp with time zone;

-- hazard: long-lock
ALTER TABLE public.projects ADD CONSTRAINT projects_org_slug_key UNIQUE (organization_id, slug);

ALTER TABLE public.memberships ADD CONSTRAINT memberships_role_check CHECK (role in ('owner','admin','member','billing')) NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.memberships ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE NOT VALID;

ALTER TABLE public.projects ADD CONSTRAINT projects_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES public.organizations(id) ON DELETE CASCADE NOT VALID;

CREATE POLICY tenant_isolation ON public.memberships AS PERMISSIVE FOR ALL TO PUBLIC USING (organization_id = current_tenant());

CREATE POLICY tenant_isolation ON public.projects AS PERMISSIVE FOR ALL TO PUBLIC USING (organization_id = current_tenant()) WITH CHECK (organization_id = current_tenant());

COMMIT;

ALTER TABLE public.projects VALIDATE CONSTRAINT schemadiff_nn_eaa3325b9a37bb19;

ALTER TABLE public.projects ALTER COLUMN organization_id SET NOT NULL;

ALTER TABLE public.projects DROP CONSTRAINT schemadiff_nn_eaa3325b9a37bb19;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_role_check;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_organization_id_fkey;

ALTER TABLE public.memberships VALIDATE CONSTRAINT memberships_user_id_fkey;

ALTER TABLE public.projects VALIDATE CONSTRAINT projects_organization_id_fkey;

CREATE INDEX CONCURRENTLY projects_org_idx ON public.projects USING btree (organization_id) WHERE not archived;

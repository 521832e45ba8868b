-- schemadiff plan
-- source fingerprint: 3d1de45ad05f5478
-- target fingerprint: 4723981609d4c9e1
-- 4 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.tenant_docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_docs_owner_write ON public.tenant_docs AS PERMISSIVE FOR UPDATE TO sd_admin USING (owner_name = current_user) WITH CHECK (owner_name = current_user);

CREATE POLICY tenant_docs_published_read ON public.tenant_docs AS PERMISSIVE FOR SELECT TO PUBLIC USING (published);

CREATE POLICY tenant_docs_tenant_isolation ON public.tenant_docs AS PERMISSIVE FOR ALL TO PUBLIC USING (tenant_id = current_setting('app.tenant_id')::integer);

COMMIT;

-- schemadiff rollback
-- source fingerprint: 4723981609d4c9e1
-- target fingerprint: 3d1de45ad05f5478
-- 4 statements; hazards: none

BEGIN;

DROP POLICY tenant_docs_owner_write ON public.tenant_docs;

DROP POLICY tenant_docs_published_read ON public.tenant_docs;

DROP POLICY tenant_docs_tenant_isolation ON public.tenant_docs;

ALTER TABLE public.tenant_docs DISABLE ROW LEVEL SECURITY;

COMMIT;
